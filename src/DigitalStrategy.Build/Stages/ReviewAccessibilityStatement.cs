using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Warns when the accessibility statement was last reviewed more than a year ago: the law asks
/// for a yearly review, and a stale date tells readers nobody looks after the site.
/// </summary>
public sealed class ReviewAccessibilityStatement(DateOnly today) : IBuildStage
{
    public bool RunsAfterErrors => true;

    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        if (context.Site?.Settings.Accessibility is { } statement && statement.IsStale(today))
        {
            var reviewed = DanishDate.Format(statement.Reviewed);
            context.Diagnostics.Warning(statement.ReviewedSource, DiagnosticCodes.StaleAccessibilityStatement,
                $"Tilgængelighedserklæringen blev sidst gennemgået {reviewed}, for mere end et år siden. " +
                "Gennemgå siden igen, ret 'known_issues' og 'evaluation', og skriv dagens dato i 'reviewed'.");
        }

        return Task.CompletedTask;
    }
}
