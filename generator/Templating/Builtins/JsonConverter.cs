using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>
/// Template values to and from JSON for <c>object.to_json</c> and <c>object.from_json</c>. Writing uses the default
/// encoder, which escapes HTML-significant and non-ASCII characters, so the text is safe inside a script element.
/// </summary>
internal static class JsonConverter
{
    private const int MaxDepth = 64;

    public static string Write(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteValue(writer, value, 0);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static object? Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Convert(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"Invalid JSON: {exception.Message}", exception);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"The value is nested deeper than {MaxDepth} levels and cannot be written as JSON.");
        }

        switch (value)
        {
            case null or IScriptFunction:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case string or HtmlString or char or Enum or TimeSpan:
                writer.WriteStringValue(ValueConverter.ToText(value));
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case float f:
                writer.WriteNumberValue(f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case BigInteger big:
                writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture));
                break;
            case DateTime date:
                writer.WriteStringValue(date);
                break;
            case DateTimeOffset offset:
                writer.WriteStringValue(offset);
                break;
            case IFormattable formattable when ValueConverter.IsNumber(value):
                writer.WriteRawValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case ScriptObject or IDictionary:
                WriteObject(writer, ObjectFunctions.Members(value), depth);
                break;
            case IEnumerable enumerable:
                writer.WriteStartArray();
                foreach (var item in enumerable)
                {
                    WriteValue(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                WriteObject(writer, ObjectFunctions.Members(value), depth);
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> members, int depth)
    {
        writer.WriteStartObject();
        foreach (var (key, member) in members)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, member, depth + 1);
        }

        writer.WriteEndObject();
    }

    private static object? Convert(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new ScriptObject();
                foreach (var property in element.EnumerateObject())
                {
                    obj.SetValue(property.Name, Convert(property.Value));
                }

                return obj;
            case JsonValueKind.Array:
                return new ScriptArray(element.EnumerateArray().Select(Convert));
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                {
                    return i;
                }

                if (element.TryGetInt64(out var l))
                {
                    return l;
                }

                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
