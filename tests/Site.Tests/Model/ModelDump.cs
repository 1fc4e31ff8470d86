using System.Collections;
using System.Globalization;
using System.Text;

namespace Civic.Site.Tests.Model;

/// <summary>
/// A site model written out as text, every public property of every value in it, so that two models can be
/// compared as a whole (the model's own equality compares its tables by reference).
/// </summary>
internal static class ModelDump
{
    public static string Of(object model)
    {
        var text = new StringBuilder();
        Write(text, model, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value, int depth)
    {
        if (depth > 20) throw new InvalidOperationException("the model nests deeper than expected");
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string or bool or Enum:
                text.Append(CultureInfo.InvariantCulture, $"«{value}»");
                return;
            case IFormattable f when value.GetType().IsPrimitive || value is decimal or Civic.Site.Model.PartialDate:
                text.Append(f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case Civic.Site.Model.PartialDate d:
                text.Append(d.ToString());
                return;
            case IDictionary dictionary:
                var keys = dictionary.Keys.Cast<object>().OrderBy(k => k.ToString(), StringComparer.Ordinal);
                text.Append('{');
                foreach (var key in keys)
                {
                    text.Append(key).Append(": ");
                    Write(text, dictionary[key], depth + 1);
                    text.Append(", ");
                }
                text.Append('}');
                return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Write(text, item, depth + 1);
                    text.Append(", ");
                }
                text.Append(']');
                return;
        }
        text.Append(value.GetType().Name).Append('(');
        foreach (var property in value.GetType().GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.Name == "EqualityContract") continue;
            text.Append(property.Name).Append('=');
            Write(text, property.GetValue(value), depth + 1);
            text.Append(' ');
        }
        text.Append(')');
    }
}
