namespace Civic.TestKit;

/// <summary>
/// Compares text with a golden file. With CIVIC_UPDATE_GOLDEN=1 the golden file is rewritten instead, so that
/// expected output is regenerated on purpose and reviewed as a diff.
/// </summary>
public static class Golden
{
    /// <summary>True when golden files are being regenerated.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("CIVIC_UPDATE_GOLDEN") == "1";

    /// <summary>Returns the expected text, or writes <paramref name="actual"/> as the new expectation when updating.</summary>
    public static string Expected(string goldenPath, string actual)
    {
        if (Updating)
        {
            File.WriteAllText(goldenPath, actual);
            return actual;
        }
        if (!File.Exists(goldenPath))
        {
            throw new FileNotFoundException($"missing golden file {goldenPath}; run with CIVIC_UPDATE_GOLDEN=1 to create it", goldenPath);
        }
        return File.ReadAllText(goldenPath).ReplaceLineEndings("\n");
    }
}
