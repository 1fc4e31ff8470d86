using System.Collections.Immutable;
using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Load;

/// <summary>
/// Turns the YAML value of a record field into its typed value (see <see cref="DataRecord"/> for the CLR types),
/// reporting a wrong type or a bad date. Used by RecordValidator to report and by SiteModelBuilder to build.
/// </summary>
public static class RecordValueReader
{
    private static readonly DatePrecision[] DayOnly = [DatePrecision.Day];
    private static readonly DatePrecision[] YearOnly = [DatePrecision.Year];
    private static readonly DatePrecision[] MonthOnly = [DatePrecision.Month];

    /// <summary>The typed value, or null when the value is empty or (reported) invalid.</summary>
    public static object? Read(FieldSchema field, YNode node, DiagnosticBag bag)
    {
        if (node is YScalar { IsNull: true }) return null;
        switch (field.Type)
        {
            case FieldType.Array:
                if (node is not YSequence seq) return Wrong(field, node, bag);
                var items = ImmutableArray.CreateBuilder<string>(seq.Items.Length);
                for (var i = 0; i < seq.Items.Length; i++)
                {
                    if (seq.Items[i] is not YScalar s)
                    {
                        YamlValues.WrongItem(field.Name, field.Reference is null ? "a text" : $"an id of '{field.Reference}'", i, seq.Items[i], bag);
                        return null;
                    }
                    items.Add(s.Value);
                }
                return items.ToImmutable();
            case FieldType.String:
                return node is YScalar str ? str.Value : Wrong(field, node, bag);
        }

        if (node is not YScalar scalar) return Wrong(field, node, bag);
        switch (field.Type)
        {
            case FieldType.Integer:
                return scalar.TryInteger(out var l) ? l : Wrong(field, node, bag);
            case FieldType.Number:
                return scalar.TryNumber(out var d) ? d : Wrong(field, node, bag);
            case FieldType.Boolean:
                return scalar.TryBoolean(out var b) ? b : Wrong(field, node, bag);
            default:
                var allowed = field.Type switch
                {
                    FieldType.Year => YearOnly,
                    FieldType.YearMonth => MonthOnly,
                    _ => field.IsPartialDate ? PartialDate.AnyPrecision : DayOnly,
                };
                if (PartialDate.TryParse(scalar.Value, allowed, out var date)) return date;
                bag.Report(DiagnosticCodes.BadDate, node.Start, field.Name, scalar.Value, DiagnosticTexts.Describe(field));
                return null;
        }
    }

    private static object? Wrong(FieldSchema field, YNode node, DiagnosticBag bag)
    {
        // '［a］' from a Chinese keyboard reads as a text; say so and show the list it was meant to be.
        if (field.Type == FieldType.Array && node is YScalar { Value: var text } && text.AsSpan().IndexOfAny('［', '］') >= 0)
        {
            var list = YamlValues.ListOf(text.Trim().TrimStart('［', '[').TrimEnd('］', ']'));
            bag.Add(DiagnosticCodes.WrongType.Create(node.Start, field.Name, DiagnosticTexts.Describe(field), YamlValues.Found(node), DiagnosticTexts.ForExample(list))
                with { Hint = DiagnosticTexts.FullWidthBrackets(list) });
            return null;
        }
        var example = field.Type == FieldType.Array && node is YScalar one ? $"[{one.Value}]" : DiagnosticTexts.Example(field);
        if (field.Type is FieldType.Number or FieldType.Integer && node is YScalar written && NumberHint.For(field, written) is { } hint)
        {
            bag.Add(DiagnosticCodes.WrongType.Create(node.Start, field.Name, DiagnosticTexts.Describe(field), YamlValues.Found(node), DiagnosticTexts.ForExample(example))
                with { Hint = hint });
            return null;
        }
        YamlValues.WrongType(field.Name, DiagnosticTexts.Describe(field), node, example, bag);
        return null;
    }
}
