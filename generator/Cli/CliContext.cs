namespace Civic.Cli;

/// <summary>Where a command writes and where it runs; tests pass string writers.</summary>
/// <param name="Out">Standard output: results meant for other programs or for the user's next step.</param>
/// <param name="Error">Standard error: diagnostics and usage messages.</param>
/// <param name="WorkingDirectory">The directory relative paths start from.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory);
