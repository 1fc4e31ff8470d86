using System.Collections.Frozen;
using Civic.Templating.Builtins;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Runtime;

/// <summary>
/// Settings shared by every render: frozen at construction (build through <see cref="TemplateOptionsBuilder"/>),
/// so one instance can be used from many threads at once.
/// </summary>
public sealed class TemplateOptions
{
    internal TemplateOptions(TemplateOptionsBuilder builder)
    {
        EscapeHtml = builder.EscapeHtml;
        LoopLimit = builder.LoopLimit;
        RecursionLimit = builder.RecursionLimit;
        OutputLimit = builder.OutputLimit;
        NewLine = builder.NewLine;
        IndentIncludes = builder.IndentIncludes;
        Loader = builder.Loader;
        TimeProvider = builder.TimeProvider;
        Builtins = BuiltinRegistry.CreateModules();
        var globals = new ScriptObject();
        foreach (var pair in builder.Globals)
        {
            globals.SetValue(pair.Key, pair.Value);
        }

        Globals = globals.Freeze();

        // Both are frozen, so one lookup can answer for both: host globals hide builtins of the same name.
        var visible = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in Builtins)
        {
            visible[pair.Key] = pair.Value;
        }

        foreach (var pair in Globals)
        {
            visible[pair.Key] = pair.Value;
        }

        HostAndBuiltinGlobals = visible.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Options with every default: no escaping, Scriban's limits raised for large sites.</summary>
    public static TemplateOptions Default { get; } = new TemplateOptionsBuilder().Build();

    /// <summary>When true a plain string written by <c>{{ }}</c> is HTML-escaped; an <see cref="HtmlString"/> is not.</summary>
    public bool EscapeHtml { get; }

    /// <summary>Most iterations of one loop (and most items of one range), and of all while loops of one render.</summary>
    public int LoopLimit { get; }

    /// <summary>Deepest nesting of function calls and includes.</summary>
    public int RecursionLimit { get; }

    /// <summary>Most characters one render may produce.</summary>
    public int OutputLimit { get; }

    /// <summary>The line break written for new lines produced by the engine (e.g. <c>tablerow</c>).</summary>
    public string NewLine { get; }

    /// <summary>When an include stands alone on its line after some indentation, indent every line of its output.</summary>
    public bool IndentIncludes { get; }

    /// <summary>Resolves <c>include</c>; null means include reports an error.</summary>
    public ITemplateLoader? Loader { get; }

    /// <summary>The clock for <c>date.now</c> and friends.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Host globals (e.g. <c>site</c>, <c>i18n</c>, host functions), read-only to templates.</summary>
    public ScriptObject Globals { get; }

    /// <summary>Parsed includes by resolved path, shared by every render with these options.</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, Template> IncludeCache { get; } = new(StringComparer.Ordinal);

    /// <summary><see cref="Globals"/> over <see cref="Builtins"/>, for the last step of a variable lookup.</summary>
    internal FrozenDictionary<string, object?> HostAndBuiltinGlobals { get; }

    /// <summary>Builtin modules (<c>string</c>, <c>array</c>, ...) and top-level builtins, read-only.</summary>
    public ScriptObject Builtins { get; }
}
