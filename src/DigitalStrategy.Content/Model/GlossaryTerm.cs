using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>
/// A word explained for readers: from the shared glossary (input/glossary.yml) or from a strategy's
/// own word list (its glossary.yml, e.g. Herning's "Ordforklaring").
/// </summary>
/// <param name="Id">The anchor of the entry on its glossary page, made from the term.</param>
/// <param name="Aliases">Other ways the term is written, e.g. "PLC" for "Pædagogisk læringscenter".</param>
public sealed record GlossaryTerm(string Id, string Term, RichText Definition, ImmutableArray<string> Aliases, SourceLocation Source);
