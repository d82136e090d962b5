// The search page (/soeg/): searches the Pagefind index that the build writes to /pagefind/ and
// shows the results. The address holds the search (/soeg/?q=aula&kommune=Lemvig+Kommune), so it
// can be shared and the back button works. No inline script or style: the page's strict CSP
// allows only this file, Pagefind's own files and WebAssembly ('wasm-unsafe-eval').

// Separates an indexed text from the compound-word parts the build adds to it
// (src/DigitalStrategy.Build/Search/SearchRecord.cs); they are searched but never shown.
const PARTS_SEPARATOR = "⁂";
const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 350;
const EXCERPT_WORDS = 32;

const form = document.getElementById("soegning");
const field = document.getElementById("search-field");
const filtersPanel = document.getElementById("search-filters");
const filterSummary = document.getElementById("search-filter-summary");
const clearFilters = document.getElementById("search-clear-filters");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const unavailable = document.getElementById("search-unavailable");
const noScript = document.getElementById("search-no-script");
const checkboxes = [...form.querySelectorAll("input[type=checkbox]")];
const facetKeys = [...new Set(checkboxes.map((box) => box.name))];
const pageTitle = document.title;

let pagefind = null;
let generation = 0;
let results = [];
let shown = 0;
let terms = [];
let typingTimer = 0;
let allCounts = null;
let lastState = null;

function readAddress() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const key of facetKeys) {
    const values = params.getAll(key).filter((value) => value.length > 0);
    if (values.length > 0) filters[key] = values;
  }
  return { query: (params.get("q") ?? "").trim(), filters };
}

function readForm() {
  const filters = {};
  for (const box of checkboxes) {
    if (box.checked) (filters[box.name] ??= []).push(box.value);
  }
  return { query: field.value.trim(), filters };
}

function showInForm(state) {
  field.value = state.query;
  for (const box of checkboxes) box.checked = (state.filters[box.name] ?? []).includes(box.value);
  showChosen(state);
}

// The closed filter panel says how many filters are chosen, so results need not sit below an
// open panel on a phone to show that the search is narrowed.
function showChosen(state) {
  const chosen = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
  filterSummary.textContent = chosen > 0 ? ` (${plural(chosen, "filter", "filtre")} valgt)` : "";
  clearFilters.hidden = chosen === 0;
}

function addressOf(state) {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  for (const key of facetKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  const query = params.toString();
  return location.pathname + (query ? "?" + query : "");
}

function remember(state, how) {
  const address = addressOf(state);
  if (address === location.pathname + location.search) return;
  if (how === "push") history.pushState(null, "", address);
  else history.replaceState(null, "", address);
}

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

// Words are compared without case and Danish endings, so "skoler" marks "skole" and "folkeskolen".
function normalise(word) {
  return word.toLocaleLowerCase("da").replace(/[^\p{L}\p{N}]/gu, "");
}

function stem(word) {
  const plain = normalise(word);
  for (const ending of ["erne", "ene", "ens", "ers", "er", "en", "et", "e", "s"]) {
    if (plain.endsWith(ending) && plain.length - ending.length >= 4) return plain.slice(0, -ending.length);
  }
  return plain;
}

function matches(word) {
  const plain = normalise(word);
  return terms.some((term) => plain.startsWith(term) || (term.length >= 4 && plain.includes(term)));
}

// Words from..to as text with the words that match marked; punctuation around a word stays
// outside its mark, so "platforme." marks "platforme".
function marked(words, from, to) {
  const nodes = [];
  for (let i = from; i < Math.min(to, words.length); i++) {
    if (i > from) nodes.push(" ");
    if (matches(words[i])) {
      const [, before, core, after] = words[i].match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u);
      const mark = document.createElement("mark");
      mark.textContent = core;
      nodes.push(before, mark, after);
    } else {
      nodes.push(words[i]);
    }
  }
  return nodes;
}

// The excerpt: about 30 words of the text around its first match, matched words marked. Built
// from the record's own text, without the compound parts, so a reader never sees those.
function excerptOf(content, title) {
  let text = content.split(PARTS_SEPARATOR)[0].trim();
  // The title is shown above the excerpt; when the text begins with it, the excerpt goes on from there.
  if (!title.endsWith("…") && text.startsWith(title)) text = text.slice(title.length).replace(/^[\s.:]+/, "");
  if (text.length === 0) return null;
  const words = text.split(/\s+/);
  const first = Math.max(0, words.findIndex(matches));
  const start = Math.max(0, Math.min(first - 8, words.length - EXCERPT_WORDS));
  const end = Math.min(words.length, start + EXCERPT_WORDS);
  const paragraph = document.createElement("p");
  paragraph.className = "result-excerpt";
  paragraph.append(start > 0 ? "… " : "", ...marked(words, start, end));
  if (end < words.length) paragraph.append(" …");
  return paragraph;
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.append(...marked(data.meta.title.split(/\s+/), 0, Infinity));
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "result-meta";
  const kind = document.createElement("span");
  kind.className = "result-kind";
  kind.textContent = data.meta.kind;
  meta.append(kind);
  for (const part of [data.meta.municipality, data.meta.context]) {
    if (part) meta.append(` · ${part}`);
  }
  item.append(heading, meta);
  const excerpt = excerptOf(data.content, data.meta.title);
  if (excerpt) item.append(excerpt);
  return item;
}

async function showMore() {
  const mine = generation;
  const batch = results.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(batch.map((result) => result.data()));
  if (mine !== generation) return null;
  const items = data.map(resultItem);
  list.append(...items);
  shown += batch.length;
  more.hidden = shown >= results.length;
  more.textContent = `Vis flere resultater (${shown} af ${results.length} vist)`;
  return items[0] ?? null;
}

// Counts are shown once every filter's values are loaded (when the panel is first opened):
// until then a search knows only the counts of the filters it uses.
function showCounts(counts) {
  if (allCounts === null) return;
  for (const box of checkboxes) {
    const count = counts?.[box.name]?.[box.value] ?? 0;
    box.labels[0].querySelector(".facet-count").textContent = ` (${count})`;
  }
}

function describe(state, count) {
  const filtered = Object.keys(state.filters).length > 0;
  const what = state.query ? ` for »${state.query}«` : "";
  const how = filtered ? " med de valgte filtre" : "";
  if (count === 0) {
    return `Ingen resultater${what}${how}. Prøv et andet ord${filtered ? ", eller fjern nogle filtre" : ""}.`;
  }
  return `${plural(count, "resultat", "resultater")}${what}${how}.`;
}

// A result matches any of the chosen values of a filter, and every filter that has chosen values.
function pagefindFilters(state) {
  const filters = {};
  for (const [key, values] of Object.entries(state.filters)) filters[key] = { any: values };
  return filters;
}

async function search(state) {
  const mine = ++generation;
  lastState = state;
  document.title = state.query ? `»${state.query}« – ${pageTitle}` : pageTitle;
  showChosen(state);
  if (!state.query && Object.keys(state.filters).length === 0) {
    results = [];
    list.replaceChildren();
    more.hidden = true;
    status.textContent = "";
    showCounts(allCounts);
    return;
  }

  terms = state.query.split(/\s+/).map(stem).filter((term) => term.length > 0);
  list.setAttribute("aria-busy", "true");
  const found = await pagefind.search(state.query || null, { filters: pagefindFilters(state) });
  if (mine !== generation) return;
  results = found.results;
  shown = 0;
  list.replaceChildren();
  await showMore();
  if (mine !== generation) return;
  list.removeAttribute("aria-busy");
  showCounts(found.filters);
  const description = describe(state, results.length);
  // The same words again are not announced again (a recount after the filters have loaded).
  if (status.textContent !== description) status.textContent = description;
}

function searchFromForm(how) {
  const state = readForm();
  remember(state, how);
  return search(state);
}

// Pagefind loads in the background; the form answers at once and searches when it is ready.
async function loadPagefind() {
  pagefind = await import("/pagefind/pagefind.js");
  await pagefind.init();
}

// Every filter's values with their counts. Loaded only when the reader opens the filters: on a
// site of 10,000 pages they are half of what a search downloads.
async function loadFilters() {
  if (allCounts !== null) return;
  allCounts = await pagefind.filters();
  await recount(lastState ?? readAddress());
}

// Counts the current search again now that every filter is loaded, without touching the results:
// a reader may already be tabbing through them, and replacing them would drop the focus.
async function recount(state) {
  const mine = generation;
  if (!state.query && Object.keys(state.filters).length === 0) {
    showCounts(allCounts);
    return;
  }
  const found = await pagefind.search(state.query || null, { filters: pagefindFilters(state) });
  if (mine === generation) showCounts(found.filters);
}

function start() {
  noScript.hidden = true;
  showInForm(readAddress());
  const ready = loadPagefind();
  const whenReady = (work) => ready.then(work, () => {
    unavailable.hidden = false;
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    whenReady(() => searchFromForm("push"));
  });
  field.addEventListener("input", () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => whenReady(() => searchFromForm("replace")), TYPING_PAUSE_MS);
  });
  for (const box of checkboxes) box.addEventListener("change", () => whenReady(() => searchFromForm("push")));
  clearFilters.addEventListener("click", () => {
    for (const box of checkboxes) box.checked = false;
    whenReady(() => searchFromForm("push"));
    field.focus();
  });
  filtersPanel.addEventListener("toggle", () => {
    if (filtersPanel.open) whenReady(loadFilters);
  });
  more.addEventListener("click", async () => {
    const first = await showMore();
    first?.querySelector("a")?.focus();
  });
  window.addEventListener("popstate", () => {
    const state = readAddress();
    showInForm(state);
    whenReady(() => search(state));
  });
  whenReady(() => search(readAddress()));
}

start();
