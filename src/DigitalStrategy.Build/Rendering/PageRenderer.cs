using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DigitalStrategy.Theme.Pages;
using DigitalStrategy.Theme.Views;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigitalStrategy.Build.Rendering;

/// <summary>
/// Renders pages with the theme's Razor components through <see cref="HtmlRenderer"/>. All
/// rendering goes through a renderer's Dispatcher, as HtmlRenderer requires. A Dispatcher runs one
/// render at a time, so there is one HtmlRenderer for each core, and pages rendered at the same
/// time each borrow an idle one. An HtmlRenderer keeps every component it has rendered until it is
/// disposed, so each is replaced after <see cref="PagesPerRenderer"/> pages: memory then stays flat
/// however large the site.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    private const int PagesPerRenderer = 200;

    private readonly ServiceProvider _services;
    private readonly ConcurrentBag<Lane> _idle = [];
    private readonly ConcurrentDictionary<Lane, bool> _all = new();

    public PageRenderer()
    {
        var services = new ServiceCollection();
        // Without this, æ, ø and å would be written as numeric entities.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        _services = services.BuildServiceProvider();
    }

    /// <summary>How many pages are worth rendering at the same time.</summary>
    public static int Lanes => Environment.ProcessorCount;

    public async Task<string> RenderAsync(Page page)
    {
        if (!_idle.TryTake(out var lane))
        {
            lane = new Lane(new HtmlRenderer(_services, NullLoggerFactory.Instance));
            _all[lane] = true;
        }

        var renderer = lane.Renderer;
        try
        {
            return await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(PageView.Page)] = page });
                var output = await renderer.RenderComponentAsync<PageView>(parameters);
                return output.ToHtmlString();
            });
        }
        finally
        {
            if (++lane.Rendered < PagesPerRenderer)
            {
                _idle.Add(lane);
            }
            else
            {
                _all.TryRemove(lane, out _);
                await renderer.DisposeAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _all.Keys)
        {
            await lane.Renderer.DisposeAsync();
        }

        await _services.DisposeAsync();
    }

    /// <summary>One HtmlRenderer and how many pages it has rendered; used by one render at a time.</summary>
    private sealed class Lane(HtmlRenderer renderer)
    {
        public HtmlRenderer Renderer { get; } = renderer;

        public int Rendered { get; set; }
    }
}
