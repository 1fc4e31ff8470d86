using System.Globalization;
using System.Text;
using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Model;

namespace Civic.Cli;

/// <summary>
/// The files <c>civic new</c> writes: empty values to fill in, with comments saying what each key takes.
/// Required keys are left empty, so <c>check</c> fails until they are filled in.
/// </summary>
public static class Scaffolds
{
    /// <summary>A story: front matter with a list for each linkable dataset, and a body placeholder.</summary>
    public static string Story(DateOnly today, IReadOnlyCollection<string> datasets, IReadOnlyList<string> recordPages)
    {
        var sb = new StringBuilder("---\n");
        sb.Append("title:\n");
        sb.Append("date: ").Append(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("summary:\n");
        if (datasets.Contains("districts")) sb.Append("district:\n");
        foreach (var d in new[] { "topics" }.Concat(recordPages).Distinct().Where(datasets.Contains))
        {
            sb.Append(d).Append(": []\n");
        }
        sb.Append("sources: []\n");
        sb.Append("---\n");
        sb.Append("用自己的话写正文（Markdown）：事实来自 sources 中的报道，句子不照搬。\n");
        return sb.ToString();
    }

    /// <summary>A record of <paramref name="dataset"/> with its primary key set to <paramref name="id"/>.</summary>
    public static string Record(DatasetDefinition dataset, string id)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(dataset.Title.Zh).Append(" (").Append(dataset.Title.En).Append("): one record.\n");
        sb.Append("# Fill in what the sources say and leave the rest empty; never guess. Then run: civic check\n");
        var lines = dataset.Fields.Select(f => (Key: $"{f.Name}: {Value(dataset, f, id)}".TrimEnd(), Comment: Comment(f))).ToList();
        var width = lines.Max(l => l.Key.Length) + 2;
        foreach (var (key, comment) in lines) sb.Append(key.PadRight(width)).Append("# ").Append(comment).Append('\n');
        return sb.ToString();
    }

    private static string Value(DatasetDefinition dataset, FieldSchema field, string id) =>
        field.Name == dataset.PrimaryKey ? id : field.Type == FieldType.Array ? "[]" : "";

    private static string Comment(FieldSchema f)
    {
        var parts = new List<string>();
        if (f.Constraints.Required) parts.Add("required");
        parts.Add(f.Reference switch
        {
            null => DiagnosticTexts.Describe(f),
            var r when f.Type == FieldType.Array => $"a list of {r} ids",
            var r => $"an id from {r}",
        });
        if (f.Constraints.Minimum is not null || f.Constraints.Maximum is not null)
        {
            parts.Add(DiagnosticTexts.Range(f.Constraints.Minimum, f.Constraints.Maximum));
        }
        if (!f.Constraints.Enum.IsEmpty) parts.Add("one of: " + string.Join(", ", f.Constraints.Enum));
        var title = f.Title.En is null ? f.Title.Zh : $"{f.Title.Zh} / {f.Title.En}";
        if (f.Unit is { } unit) title += $" ({unit.Zh})";
        parts.Add(title);
        return string.Join(" · ", parts);
    }
}
