using System.Text.RegularExpressions;
using Civic.Templating.Runtime;
using Civic.Templating.Tests.Conformance;

namespace Civic.Templating.Tests.Builtins;

/// <summary>
/// Runs the one-line example above every builtin (<c>// {{ "hello" | string.upcase }} → HELLO</c>) so that the
/// documentation cannot drift from the behaviour. Text after the result in parentheses is a remark; a result with
/// "…" is only checked up to it. Examples with changing output (clock, random, cycle position) are left to the module tests.
/// </summary>
public sealed partial class BuiltinExamplesTests
{
    private static readonly string[] Unstable = ["math.uuid", "math.random", "date.now", "date.utc_now", "array.cycle", "html.newline_to_br"];

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        var folder = Path.Combine(ConformanceSuite.RepositoryRoot, "generator", "Templating", "Builtins");
        foreach (var file in Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                foreach (Match match in Example().Matches(line))
                {
                    var template = match.Groups["template"].Value;
                    if (!Unstable.Any(name => template.Contains(name, StringComparison.Ordinal)))
                    {
                        data.Add(template, match.Groups["expected"].Value);
                    }
                }
            }
        }

        return data;
    }

    [Fact]
    public void Every_module_has_its_examples_collected()
    {
        var templates = Examples().Select(static row => (string)row[0]).ToList();
        foreach (var module in new[] { "string.", "array.", "math.", "object.", "html.", "date.", "regex.", "timespan." })
        {
            Assert.Contains(templates, template => template.Contains(module, StringComparison.Ordinal));
        }

        Assert.True(templates.Count > 100, $"only {templates.Count} examples found");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_documented(string template, string expected)
    {
        var parsed = Template.Parse(template, "example");
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
        var context = new TemplateContext(TemplateOptions.Default);
        context.Globals.Import(ConformanceModel.Create());
        var actual = parsed.Render(context);
        var ellipsis = expected.IndexOf('…', StringComparison.Ordinal);
        if (ellipsis >= 0)
        {
            Assert.StartsWith(expected[..ellipsis], actual, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }

    // "// <template> → <result>" with an optional " (remark)" or "; <second example>" after the result.
    [GeneratedRegex(@"(?:^\s*//\s|;\s)(?<template>[^;]*?\{\{.*?\}\}[^→;]*?) → (?<expected>.*?)(?= \(|; \{\{|$)")]
    private static partial Regex Example();
}
