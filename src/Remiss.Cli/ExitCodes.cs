namespace Remiss.Cli;

/// <summary>The process exit codes, the same for every command so scripts and CI can rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Done; at most warnings.</summary>
    public const int Success = 0;

    /// <summary>Errors in a file, a refused write or an unexpected failure.</summary>
    public const int Errors = 1;

    /// <summary>Bad usage: unknown option, missing argument, a path that does not exist.</summary>
    public const int Usage = 2;
}
