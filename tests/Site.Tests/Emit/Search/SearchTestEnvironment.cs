using System.Diagnostics;
using System.Text;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>Finds the repository and runs Node, which the client tests need (Node 20 is on every machine and in CI).</summary>
internal static class SearchTestEnvironment
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SearchJs => Path.Combine(RepositoryRoot, "themes", "default", "assets", "js", "search.js");

    public static string VectorsDirectory => Path.Combine(RepositoryRoot, "tests", "search-vectors");

    public static string NodeScript(string name) =>
        Path.Combine(RepositoryRoot, "tests", "Site.Tests", "Emit", "Search", "node", name);

    /// <summary>Runs node with a script and arguments, feeding stdin, and returns stdout; any failure fails the test.</summary>
    public static string RunNode(string script, string stdin, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            var ci = Environment.GetEnvironmentVariable("CI") == "true" ? " (CI=true)" : string.Empty;
            throw new Xunit.Sdk.XunitException(
                $"The search client tests need Node.js 20 on PATH{ci}: 'node' could not be started ({e.Message}). Install nodejs.");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new Xunit.Sdk.XunitException($"node {Path.GetFileName(script)} exited with {process.ExitCode}:\n{stderr.Result}");
            }

            return stdout.Result;
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Civic.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Civic.sln not found above " + AppContext.BaseDirectory);
    }
}
