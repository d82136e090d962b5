using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>A goal (mål, målsætning, pejlemærke, sigtepunkt).</summary>
public sealed record Goal(
    string Id,
    string FocusAreaId,
    string Title,
    RichText? Explanation,
    ImmutableArray<TargetGroup> TargetGroups,
    SourceLocation Source);
