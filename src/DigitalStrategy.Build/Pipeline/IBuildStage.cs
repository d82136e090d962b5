namespace DigitalStrategy.Build.Pipeline;

/// <summary>One step of the build recipe.</summary>
public interface IBuildStage
{
    /// <summary>
    /// Validation stages run even after earlier errors, so an editor sees every problem in one
    /// run; stages that produce the site stop at the first error.
    /// </summary>
    bool RunsAfterErrors => false;

    Task RunAsync(BuildContext context, CancellationToken cancellationToken);
}
