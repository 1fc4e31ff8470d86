namespace Civic.Site.Diagnostics;

/// <summary>"Did you mean" by edit distance (optimal string alignment, so a swap of two letters costs 1).</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidate closest to <paramref name="input"/> when it is close enough to be a likely typo
    /// (at most 2 edits, or a third of the input's length for long words), else null. Ties go to the first.
    /// </summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, input.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = Distance(input.ToLowerInvariant(), c.ToLowerInvariant());
            if (d < bestDistance && d <= limit && d < Math.Max(input.Length, c.Length))
            {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /// <summary>Edit distance with insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
