namespace DigitalStrategy.Content.Model;

/// <summary>
/// The words a strategy itself uses for its parts: Lemvig has "sigter", "sigtepunkter" and
/// "handlinger", Vejle "fokusområder" and "pejlemærker". The site speaks the strategy's language.
/// </summary>
public sealed record Vocabulary(
    string FocusArea,
    string FocusAreas,
    string Goal,
    string Goals,
    string Action,
    string Actions)
{
    public static Vocabulary Default { get; } = new("Fokusområde", "Fokusområder", "Mål", "Mål", "Handling", "Handlinger");
}
