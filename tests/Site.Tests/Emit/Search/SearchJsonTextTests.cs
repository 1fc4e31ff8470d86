using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Civic.Site.Emit.Search;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>The text blocks' shortcut must write what the JSON writer the index uses writes, byte for byte.</summary>
public sealed class SearchJsonTextTests
{
    [Fact]
    public void Every_verbatim_character_is_written_as_the_json_writer_writes_it()
    {
        var verbatim = new StringBuilder();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (SearchJsonText.IsVerbatim((char)c))
            {
                verbatim.Append((char)c);
            }
        }

        AssertSameAsWriter([verbatim.ToString(), string.Empty, "驿站\n骑手 驿站\n\nend\n", "\n"]);
    }

    [Theory]
    [InlineData("say \"hi\"")]
    [InlineData("back\\slash")]
    [InlineData("tab\there")]
    [InlineData("rare 𠀀")]
    [InlineData("arrow →")]
    [InlineData("bell \u0007")]
    public void Texts_with_other_characters_are_left_to_the_json_writer(string text)
    {
        Assert.False(SearchJsonText.TryWriteArray(2, i => i == 0 ? "plain" : text, new SearchByteBuffer()));
    }

    [Fact]
    public void Strings_in_an_object_are_written_as_the_json_writer_writes_them()
    {
        string[] values = ["驿站，“骑手”…", "say \"hi\"", string.Empty, "a\nb", "rare 𠀀", "stories/zhizhong/"];
        var expected = new MemoryStream();
        var actual = new MemoryStream();
        var scratch = new SearchByteBuffer();
        foreach (var (stream, shortcut) in new[] { (expected, false), (actual, true) })
        {
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            writer.WriteStartObject();
            writer.WriteStartArray("title");
            foreach (var value in values)
            {
                if (shortcut)
                {
                    SearchJsonText.WriteString(writer, value, scratch);
                }
                else
                {
                    writer.WriteStringValue(value);
                }
            }

            writer.WriteEndArray();
            writer.WriteNumber("n", 1);
            writer.WriteEndObject();
        }

        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(actual.ToArray()));
    }

    private static void AssertSameAsWriter(string[] texts)
    {
        var expected = new MemoryStream();
        using (var writer = new Utf8JsonWriter(expected, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var text in texts)
            {
                writer.WriteStringValue(text);
            }

            writer.WriteEndArray();
        }

        var buffer = new SearchByteBuffer();
        Assert.True(SearchJsonText.TryWriteArray(texts.Length, i => texts[i], buffer));
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.True(buffer.WrittenSpan.SequenceEqual(expected.ToArray()));
    }
}
