using System.Globalization;
using Civic.Site.Diagnostics;

namespace Civic.Site.Load.Yaml;

/// <summary>A scalar: the text as written, and whether it was plain (unquoted), which decides its type.</summary>
public sealed class YScalar(SourceLocation start, string value, bool isPlain) : YNode(start)
{
    /// <summary>The text of the scalar after YAML unescaping.</summary>
    public string Value { get; } = value;

    /// <summary>True when written without quotes or block indicators, so YAML core-schema typing applies.</summary>
    public bool IsPlain { get; } = isPlain;

    /// <inheritdoc/>
    public override long Weight => 1;

    /// <inheritdoc/>
    public override string KindName => DiagnosticTexts.Scalar;

    /// <summary>A plain empty value, <c>~</c> or <c>null</c>: the key is given no value.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>A plain integer in decimal notation.</summary>
    public bool TryInteger(out long value)
    {
        value = 0;
        return IsPlain && IsIntegerText(Value)
            && long.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A plain integer or decimal number (no exponent, no infinities).</summary>
    public bool TryNumber(out decimal value)
    {
        value = 0;
        if (!IsPlain || Value.Length == 0) return false;
        var s = Value.AsSpan();
        var i = s[0] is '-' or '+' ? 1 : 0;
        var digits = 0;
        var dots = 0;
        for (; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i])) digits++;
            else if (s[i] == '.') dots++;
            else return false;
        }
        return digits > 0 && dots <= 1
            && decimal.TryParse(Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A plain <c>true</c> or <c>false</c> (YAML 1.2: no yes/no/on/off).</summary>
    public bool TryBoolean(out bool value)
    {
        value = Value is "true" or "True" or "TRUE";
        return IsPlain && (value || Value is "false" or "False" or "FALSE");
    }

    /// <summary>What a reader would call this value: "a number", "true or false", "nothing", or "text".</summary>
    public string Describe() =>
        IsNull ? DiagnosticTexts.Nothing
        : TryNumber(out _) ? $"the number {Value}"
        : TryBoolean(out _) ? $"'{Value}'"
        : $"the text '{Value}'";

    private static bool IsIntegerText(string s)
    {
        var i = s.Length > 0 && s[0] is '-' or '+' ? 1 : 0;
        if (i == s.Length) return false;
        for (; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i])) return false;
        }
        return true;
    }
}
