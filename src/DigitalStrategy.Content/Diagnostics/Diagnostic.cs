namespace DigitalStrategy.Content.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>One finding about the sources, printed MSBuild style so editors and CI tools can jump to it.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
