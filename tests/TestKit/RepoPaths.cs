namespace Civic.TestKit;

/// <summary>Finds the repository from a running test: the folder above the test assembly that holds Civic.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Civic.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no Civic.sln above {AppContext.BaseDirectory}");
    }
}
