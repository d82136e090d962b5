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
/// rendering goes through the renderer's Dispatcher, as HtmlRenderer requires.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public PageRenderer()
    {
        var services = new ServiceCollection();
        // Without this, æ, ø and å would be written as numeric entities.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        _services = services.BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    public Task<string> RenderAsync(Page page) =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(PageView.Page)] = page });
            var output = await _renderer.RenderComponentAsync<PageView>(parameters);
            return output.ToHtmlString();
        });

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
