namespace DigitalStrategy.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int SourceErrors = 1;
    public const int WrongUsage = 2;
}
