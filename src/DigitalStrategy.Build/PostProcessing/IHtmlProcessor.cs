using AngleSharp.Dom;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.PostProcessing;

/// <summary>One small change to a rendered page. Processors run in the order of the build recipe.</summary>
public interface IHtmlProcessor
{
    void Process(IDocument document, Page page);
}
