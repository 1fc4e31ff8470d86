using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Load;

/// <summary>
/// The hint for a number written as editors copy it from an article, which YAML reads as a text: in quotes
/// ("81"), with thousands separators (12,000, or １２，０００ from a Chinese keyboard), with 万 or 亿 (1.2万), or
/// followed by its unit (300元, 45 人). The hint shows the value as it should be written, computed from what
/// was written, never another figure.
/// </summary>
internal static partial class NumberHint
{
    private const int MaxUnitLength = 8;

    /// <summary>The hint for <paramref name="scalar"/> in a number or integer field, or null for other mistakes.</summary>
    public static string? For(FieldSchema field, YScalar scalar)
    {
        var text = AsciiDigits(scalar.Value.Trim(), out var fullWidth);
        var m = WrittenNumber().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var whole = m.Groups["whole"].Value;
        var separators = whole.Contains(',');
        var written = m.Groups["sign"].Value + whole.Replace(",", "", StringComparison.Ordinal) + m.Groups["fraction"].Value;
        var multiplier = m.Groups["times"].Value;
        var unit = m.Groups["unit"].Value.Trim();
        if (unit.Length > MaxUnitLength)
        {
            return null;
        }
        if (multiplier.Length > 0 && field.Unit?.Zh.StartsWith(multiplier, StringComparison.Ordinal) == true)
        {
            // A field counted in 万人 takes 1.2万 as 1.2: the 万 is the field's unit, not a factor.
            unit = multiplier + unit;
            multiplier = "";
        }

        var number = multiplier.Length == 0 ? written : Multiply(written, multiplier);
        if (number is null || (field.Type == FieldType.Integer && number.Contains('.')))
        {
            return null;
        }

        var line = $"{field.Name}: {number}";
        string hint;
        if (multiplier.Length > 0)
        {
            hint = DiagnosticTexts.NumberWithMultiplier($"{written}{multiplier}", number, line);
        }
        else if (separators)
        {
            hint = DiagnosticTexts.NumberWithSeparators(line);
        }
        else if (fullWidth)
        {
            hint = DiagnosticTexts.NumberInFullWidth(line);
        }
        else if (unit.Length > 0)
        {
            hint = DiagnosticTexts.NumberAlone(line);
        }
        else if (!scalar.IsPlain)
        {
            hint = DiagnosticTexts.NumberInQuotes(line);
        }
        else
        {
            return null;
        }

        return unit.Length == 0 ? hint : hint + DiagnosticTexts.NumberUnit(unit, field.Unit?.Zh);
    }

    // Full-width digits, comma, point and signs, as a Chinese input method types them, made ASCII.
    private static string AsciiDigits(string text, out bool changed)
    {
        changed = false;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var ascii = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '，' => ',',
                '．' => '.',
                '－' => '-',
                '＋' => '+',
                _ => c,
            };
            changed |= ascii != c;
            sb.Append(ascii);
        }
        return sb.ToString();
    }

    // 1.2万 is 12000: decimal arithmetic keeps every written digit, and trailing zeros after the point go.
    private static string? Multiply(string written, string multiplier)
    {
        if (!decimal.TryParse(written, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        try
        {
            value *= multiplier == "亿" ? 100_000_000m : 10_000m;
        }
        catch (OverflowException)
        {
            return null;
        }
        return value.ToString("0.############################", CultureInfo.InvariantCulture);
    }

    // A number (with or without thousands separators), then optionally 万 or 亿, then optionally a unit: a word
    // without digits, so that a range (300-400) or a date (2024年7月) is not taken for a number and its unit.
    [GeneratedRegex(@"^(?<sign>[+-]?)(?<whole>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?<fraction>\.[0-9]+)?[ ]*(?<times>[万亿]?)[ ]*(?<unit>(?:[\p{L}%‰][^\d]*)?)$")]
    private static partial Regex WrittenNumber();
}
