using System.Text.RegularExpressions;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>
/// The <c>regex</c> module (.NET regular expressions). Options are letters: <c>i</c> ignore case, <c>m</c> multiline,
/// <c>s</c> single line, <c>x</c> ignore pattern whitespace. Every match is bounded by a timeout so that a
/// pathological pattern cannot hang a build.
/// </summary>
internal static class RegexFunctions
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly ScriptParameter Text = ScriptParameter.Required("text");
    private static readonly ScriptParameter Pattern = ScriptParameter.Required("pattern");
    private static readonly ScriptParameter Options = ScriptParameter.Optional("options");

    public static ScriptObject Create()
    {
        var module = new ScriptObject();

        // {{ "(abc.*)" | regex.escape }} → \(abc\.\*\)
        module.Function("escape", static call => Regex.Escape(call.GetString(0)), Text);

        // {{ "\\(abc\\.\\*\\)" | regex.unescape }} → (abc.*)
        module.Function("unescape", static call => Regex.Unescape(call.GetString(0)), Text);

        // {{ "this is a text123" | regex.match `(\w+) a ([a-z]+\d+)` }} → ["is a text123", "is", "text123"] ([] if none)
        module.Function("match", static call => Groups(Create(call).Match(call.GetString(0))), Text, Pattern, Options);

        // {{ "this is" | regex.matches `(\w+)` }} → [["this", "this"], ["is", "is"]]
        module.Function(
            "matches",
            static call => new ScriptArray(Create(call).Matches(call.GetString(0)).Select(static m => (object?)Groups(m))),
            Text,
            Pattern,
            Options);

        // {{ "abbbbcccd" | regex.replace "b+c+" "-Yo-" }} → a-Yo-d
        module.Function(
            "replace",
            static call => Create(call, 3).Replace(call.GetString(0), call.GetString(2)),
            Text,
            Pattern,
            ScriptParameter.Required("replace"),
            Options);

        // {{ "a, b   , c" | regex.split `\s*,\s*` }} → ["a", "b", "c"]
        module.Function(
            "split",
            static call => new ScriptArray(Create(call).Split(call.GetString(0))),
            Text,
            Pattern,
            Options);
        return module;
    }

    private static ScriptArray Groups(Match match)
    {
        var result = new ScriptArray();
        if (match.Success)
        {
            foreach (Group group in match.Groups)
            {
                result.Add(group.Value);
            }
        }

        return result;
    }

    private static Regex Create(ScriptCall call, int optionsIndex = 2)
    {
        var options = RegexOptions.None;
        foreach (var letter in call.GetString(optionsIndex))
        {
            options |= letter switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => throw call.Error($"Option `{letter}` not supported for regex. Only `i`, `m`, `s` and `x` are supported."),
            };
        }

        return new Regex(call.GetString(1), options, Timeout);
    }
}
