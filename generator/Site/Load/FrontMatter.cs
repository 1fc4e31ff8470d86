using Civic.Site.Diagnostics;

namespace Civic.Site.Load;

/// <summary>The parts of a Markdown file: its front-matter YAML and its raw body, with their first lines.</summary>
/// <param name="Source">The whole file.</param>
/// <param name="YamlStart">Offset in the file's text where the YAML starts.</param>
/// <param name="YamlEnd">Offset in the file's text where the YAML ends (the start of the closing '---' line).</param>
/// <param name="YamlLine">1-based line where the YAML starts.</param>
/// <param name="Body">Everything after the closing '---' line.</param>
/// <param name="BodyLine">1-based line where the body starts.</param>
public sealed record FrontMatter(SourceText Source, int YamlStart, int YamlEnd, int YamlLine, string Body, int BodyLine)
{
    /// <summary>The YAML between the '---' lines (a copy: the reader reads it in place).</summary>
    public string Yaml => Source.Text[YamlStart..YamlEnd];
}
