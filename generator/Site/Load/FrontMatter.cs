namespace Civic.Site.Load;

/// <summary>The parts of a Markdown file: its front-matter YAML and its raw body, with their first lines.</summary>
/// <param name="Yaml">The YAML between the '---' lines.</param>
/// <param name="YamlLine">1-based line where the YAML starts.</param>
/// <param name="Body">Everything after the closing '---' line.</param>
/// <param name="BodyLine">1-based line where the body starts.</param>
public sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine);
