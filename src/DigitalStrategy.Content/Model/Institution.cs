using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>An institution of a municipality (a school, a daycare, a language centre) that strategies can cover.</summary>
public sealed record Institution(string Id, string Name, RichText? Description, SourceLocation Source);
