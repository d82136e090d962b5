using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>
/// A theme shared by all municipalities (input/themes.yml), such as kompetenceudvikling. Goals and
/// actions name their themes, so a reader can compare how each municipality works with one.
/// </summary>
public sealed record Theme(string Id, string Title, string? Description, SourceLocation Source);
