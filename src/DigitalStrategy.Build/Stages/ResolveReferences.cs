using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Content.Validation;

namespace DigitalStrategy.Build.Stages;

/// <summary>Checks every id and every reference between items.</summary>
public sealed class ResolveReferences : IBuildStage
{
    public bool RunsAfterErrors => true;

    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        if (context.Site is { } site)
        {
            ReferenceValidator.Validate(site, context.Diagnostics);
        }

        return Task.CompletedTask;
    }
}
