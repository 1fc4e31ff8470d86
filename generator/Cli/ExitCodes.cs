namespace Civic.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>Everything went well.</summary>
    public const int Ok = 0;

    /// <summary>The content has errors (or warnings, with --strict), or a file is in the way or cannot be read.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
