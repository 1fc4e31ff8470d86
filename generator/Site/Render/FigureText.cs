using System.Globalization;

namespace Civic.Site.Render;

/// <summary>
/// A large figure as readers of each language write it: Chinese in 万 and 亿 (7931.87亿, 81万, 3.1万) as the source
/// articles do (2.1万亿 too), English in millions, billions and trillions (793.187 billion). The value stays exact: a larger unit is used only
/// when the figure divides into it with few decimals, so no digit the data holds is rounded away.
/// </summary>
public static class FigureText
{
    private static readonly (decimal Size, string Word)[] Chinese = [(1_000_000_000_000m, "万亿"), (100_000_000m, "亿"), (10_000m, "万")];
    private static readonly (decimal Size, string Word)[] English = [(1_000_000_000_000m, " trillion"), (1_000_000_000m, " billion"), (1_000_000m, " million")];

    /// <summary>How many decimals a figure may keep in a larger unit before the plain number reads better.</summary>
    private const int MaxDecimals = 3;

    /// <summary>The figure for a page in <paramref name="chinese"/> or English; small figures keep thousands separators.</summary>
    public static string Format(decimal value, bool chinese)
    {
        foreach (var (size, word) in chinese ? Chinese : English)
        {
            if (Math.Abs(value) < size)
            {
                continue;
            }

            var scaled = value / size;
            if (decimal.Round(scaled, MaxDecimals) == scaled)
            {
                // Chinese writes the count of 万 or 亿 without separators (7931.87亿); English groups it (2,100 billion).
                return scaled.ToString(chinese ? "0.###" : "#,0.###", CultureInfo.InvariantCulture) + word;
            }
        }

        return value.ToString("#,0.########", CultureInfo.InvariantCulture);
    }
}
