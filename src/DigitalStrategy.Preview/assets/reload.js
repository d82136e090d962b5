// Preview only: the published site has no scripts but search. Reloads this tab when the preview
// server says its page, a stylesheet or the errors changed, and after the server restarts.
(() => {
  let server = null;
  const events = new EventSource('/__preview/events?path=' + encodeURIComponent(location.pathname));
  events.addEventListener('hello', (event) => {
    if (server !== null && server !== event.data) {
      location.reload();
    }
    server = event.data;
  });
  events.addEventListener('reload', () => location.reload());
})();
