using Civic.Templating.Runtime;
using Civic.Templating.Tests.Conformance;

namespace Civic.Templating.Tests.Parsing;

/// <summary>
/// A user mistake must never surface as a .NET exception: every prefix of every conformance template, and variants missing a character or with a stray brace, parses into
/// diagnostics, and renders either to text or to a <see cref="TemplateRuntimeException"/>.
/// </summary>
public sealed class RobustnessTests
{
    [Fact]
    public void Truncated_and_mutated_templates_give_diagnostics_or_runtime_errors_never_exceptions()
    {
        if (ConformanceSuite.FolderOrNull is null)
        {
            Assert.False(ConformanceSuite.IsCi, ConformanceSuite.MissingMessage);
            return;
        }

        var options = new TemplateOptionsBuilder { LoopLimit = 200, RecursionLimit = 20, OutputLimit = 100_000 }.Build();
        var failures = new List<string>();
        var checkedPrefixes = 0;
        foreach (var file in Directory.EnumerateFiles(ConformanceSuite.Folder, "*.sbn-txt", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var step = Math.Max(1, text.Length / 40);
            var variants = Enumerable.Range(0, text.Length / step + 1).Select(i => Math.Min(i * step, text.Length))
                .SelectMany(cut => new[] { text[..cut], cut < text.Length ? text.Remove(cut, 1) : text, text.Insert(cut, "}") });
            foreach (var prefix in variants)
            {
                var length = prefix.Length;
                checkedPrefixes++;
                try
                {
                    var template = Template.Parse(prefix, "fuzz");
                    if (!template.HasErrors)
                    {
                        template.Render(null, options);
                    }
                }
                catch (TemplateRuntimeException)
                {
                }
                catch (Exception exception)
                {
                    failures.Add($"{Path.GetFileName(file)}[..{length}]: {exception.GetType().Name}: {exception.Message}");
                }
            }
        }

        Assert.True(checkedPrefixes > 1000);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}
