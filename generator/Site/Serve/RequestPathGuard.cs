namespace Civic.Site.Serve;

/// <summary>
/// Decides whether a request may be answered from the output folder. The raw request target is checked before any
/// decoding, so /../, %2e%2e, %2f, encoded backslashes and NUL bytes are refused however they are spelled; the
/// resolved file must still lie inside the root.
/// </summary>
public static class RequestPathGuard
{
    private static readonly string[] ForbiddenRaw = ["%2e", "%2f", "%5c", "%00", "\\", "\0"];

    /// <summary>The file for a request, or null when the request must be refused.</summary>
    /// <param name="root">Absolute path of the output folder.</param>
    /// <param name="rawTarget">The request target exactly as received (path and query).</param>
    public static string? Resolve(string root, string rawTarget)
    {
        var path = rawTarget;
        var query = path.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            path = path[..query];
        }

        if (!path.StartsWith('/') || ForbiddenRaw.Any(f => path.Contains(f, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }

        var segments = decoded.Split('/');
        if (segments.Any(s => s is ".." or "." || s.Contains('\\') || s.Contains('\0') || s.Contains(':')))
        {
            return null;
        }

        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var full = Path.GetFullPath(Path.Combine(fullRoot, decoded.TrimStart('/')));
        if (full != fullRoot && !full.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        return full;
    }
}
