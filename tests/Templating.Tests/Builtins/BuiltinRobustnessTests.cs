using System.Text;
using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Tests.Builtins;

/// <summary>
/// Calls every builtin with awkward arguments: each must return a value or report a template error at the call,
/// never let a raw .NET exception (a stack trace for the user) escape, nor build a runaway result.
/// </summary>
public sealed class BuiltinRobustnessTests
{
    private static readonly SourceSpan Here = new("robust.sbn", 0, 1, 4, 2);

    private static readonly TemplateOptions Options = new TemplateOptionsBuilder { OutputLimit = 1_000_000, LoopLimit = 10_000 }.Build();

    private static object?[] Samples() =>
    [
        null, string.Empty, "abc", "2016/01/05", -1, 0, 2, 2.5, 1_000_000_000, long.MaxValue, true,
        new ScriptArray(new object?[] { 3, "a", null }), new ScriptRange(1, 3, false),
        new ScriptObject { ["a"] = 1 }, new DateTime(2016, 1, 5), TimeSpan.FromHours(1), new HtmlString("<b>x</b>"),
        ((ScriptObject)TemplateOptions.Default.Builtins["string"]!)["upcase"],
    ];

    public static TheoryData<string> Functions()
    {
        var data = new TheoryData<string>();
        foreach (var (module, value) in TemplateOptions.Default.Builtins)
        {
            if (value is ScriptObject functions)
            {
                foreach (var (name, member) in functions)
                {
                    if (member is IScriptFunction)
                    {
                        data.Add(module + "." + name);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Awkward_arguments_give_a_value_or_a_template_error(string qualifiedName)
    {
        var parts = qualifiedName.Split('.');
        var function = (IScriptFunction)((ScriptObject)Options.Builtins[parts[0]]!)[parts[1]]!;
        var count = function.Parameters.Count(static p => !p.IsParams);
        var failures = new StringBuilder();
        foreach (var arguments in ArgumentLists(count))
        {
            var context = new TemplateContext(Options);
            try
            {
                var result = context.Invoke(function, Here, arguments);
                var size = result switch
                {
                    string text => text.Length,
                    ScriptArray list => list.Count,
                    _ => 0,
                };
                if (size > Options.LoopLimit * 10)
                {
                    failures.AppendLine($"({string.Join(", ", arguments.Select(ValueConverter.ToLiteral))}) → a result of size {size}");
                }
            }
            catch (TemplateRuntimeException error)
            {
                Assert.Equal(Here, error.Span);
            }
            catch (Exception exception)
            {
                failures.AppendLine($"({string.Join(", ", arguments.Select(ValueConverter.ToLiteral))}) → {exception.GetType().Name}: {exception.Message}");
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    // Every sample in every position, the others holding a typical value; then every sample everywhere at once.
    private static IEnumerable<object?[]> ArgumentLists(int count)
    {
        var samples = Samples();
        object?[] typical = ["abc", 2, "abc", 2, "abc"];
        for (var position = 0; position < count; position++)
        {
            foreach (var sample in samples)
            {
                var arguments = typical.Take(count).ToArray();
                arguments[position] = sample;
                yield return arguments;
            }
        }

        foreach (var sample in samples)
        {
            yield return Enumerable.Repeat(sample, count).ToArray();
        }
    }
}
