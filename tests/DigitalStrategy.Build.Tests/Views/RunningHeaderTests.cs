using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.Tests.Views;

public sealed class RunningHeaderTests
{
    [Fact]
    public void Quotes_backslashes_and_line_breaks_in_a_name_cannot_break_out_of_the_css_string()
    {
        var header = new RunningHeader("Plan \"Ny\" \\ 2021\nslut", "/assets/sidehoved.css");
        Assert.Equal("@charset \"utf-8\";\n@page { @top-left { content: \"Plan \\\"Ny\\\" \\\\ 2021 slut\"; } }\n", header.Stylesheet);
    }
}
