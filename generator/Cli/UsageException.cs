namespace Civic.Cli;

/// <summary>A mistake on the command line; printed with the command's usage, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
