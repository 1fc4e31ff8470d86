using System.Text;
using System.Xml;
using Civic.Site.Emit.Feeds;

namespace Civic.Site.Tests.Emit.Feeds;

public sealed class XmlEscapeTests
{
    public static TheoryData<string> Samples() =>
    [
        "",
        "纯中文文本",
        "a & b < c > d",
        "\"quoted\" and 'single'",
        "line\nbreak",
        "windows\r\nline\rends\r",
        "\ttab\t",
        "]]> and &amp; already",
        "emoji 😀 and 𠀀",
        "<p>“社区”&nbsp;</p>\n<h2 id=\"x\">标题</h2>",
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Element_text_is_escaped_as_an_xml_writer_escapes_it(string text)
    {
        // As XLinq writes an element whose content is a string, even an empty one.
        var expected = WithXmlWriter(w =>
        {
            w.WriteStartElement("e");
            w.WriteString(text);
            w.WriteFullEndElement();
        });

        Assert.Equal(expected, "<e>" + XmlEscape.AppendText(new StringBuilder(), text) + "</e>");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Attribute_values_are_escaped_as_an_xml_writer_escapes_them(string text)
    {
        var expected = WithXmlWriter(w =>
        {
            w.WriteStartElement("e");
            w.WriteAttributeString("a", text);
            w.WriteEndElement();
        });

        Assert.Equal(expected, "<e a=\"" + XmlEscape.AppendAttribute(new StringBuilder(), text) + "\" />");
    }

    // Code points rather than strings: the test runner would replace a lone surrogate in theory data.
    [Theory]
    [InlineData(0x0007)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    [InlineData(0xFFFF)]
    public void Characters_xml_cannot_hold_are_refused(int code)
    {
        var text = $"before {(char)code} after";
        Assert.Throws<ArgumentException>(() => XmlEscape.AppendText(new StringBuilder(), $"{(char)code}<at the end of a clean run"));
        Assert.Throws<ArgumentException>(() => XmlEscape.AppendAttribute(new StringBuilder(), $"last {(char)code}"));
        Assert.Throws<ArgumentException>(() => WithXmlWriter(w => w.WriteElementString("e", text)));
        Assert.Throws<ArgumentException>(() => XmlEscape.AppendText(new StringBuilder(), text));
        Assert.Throws<ArgumentException>(() => XmlEscape.AppendAttribute(new StringBuilder(), text));
    }

    // The settings the feeds were written with before they were written as text.
    private static string WithXmlWriter(Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            OmitXmlDeclaration = true,
            ConformanceLevel = ConformanceLevel.Fragment,
        };
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, settings))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }
}
