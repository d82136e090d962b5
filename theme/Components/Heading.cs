using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace DigitalStrategy.Theme.Components;

/// <summary>
/// A heading whose level is given, so a part can sit at its own level on its page and one level
/// deeper inside the print view of a whole strategy. Levels past 6 stay at 6.
/// </summary>
public sealed class Heading : ComponentBase
{
    [Parameter, EditorRequired] public int Level { get; set; }

    [Parameter] public string? Id { get; set; }

    [Parameter] public string? Class { get; set; }

    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, $"h{Math.Clamp(Level, 1, 6)}");
        builder.AddAttribute(1, "id", Id);
        builder.AddAttribute(2, "class", Class);
        builder.AddContent(3, ChildContent);
        builder.CloseElement();
    }
}
