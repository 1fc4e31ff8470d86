using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Runtime;

/// <summary>Collects settings, then <see cref="Build"/> freezes them into a <see cref="TemplateOptions"/>.</summary>
public sealed class TemplateOptionsBuilder
{
    internal Dictionary<string, object?> Globals { get; } = new(StringComparer.Ordinal);

    /// <summary>HTML-escape plain strings written by <c>{{ }}</c> (see <see cref="TemplateOptions.EscapeHtml"/>). Default off.</summary>
    public bool EscapeHtml { get; set; }

    /// <summary>Default 100,000: enough for a site with 10,000 stories and a few loops over them.</summary>
    public int LoopLimit { get; set; } = 100_000;

    /// <summary>Default 200.</summary>
    public int RecursionLimit { get; set; } = 200;

    /// <summary>Default 50 million characters.</summary>
    public int OutputLimit { get; set; } = 50_000_000;

    /// <summary>Default <c>"\n"</c>, so output does not depend on the machine.</summary>
    public string NewLine { get; set; } = "\n";

    /// <summary>Resolves <c>include</c>.</summary>
    public ITemplateLoader? Loader { get; set; }

    /// <summary>The clock for date builtins; default the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Makes a value (an object, a <see cref="ScriptObject"/>, a .NET record) visible to templates as <paramref name="name"/>.</summary>
    public TemplateOptionsBuilder AddGlobal(string name, object? value)
    {
        Globals[name] = value;
        return this;
    }

    /// <summary>Registers a host function implemented by a C# delegate.</summary>
    public TemplateOptionsBuilder AddFunction(string name, Func<ScriptCall, object?> body, params ScriptParameter[] parameters)
        => AddGlobal(name, new DelegateFunction(name, parameters, body));

    /// <summary>Freezes the settings. The builder can be reused afterwards without affecting the result.</summary>
    public TemplateOptions Build()
    {
        if (LoopLimit <= 0 || RecursionLimit <= 0 || OutputLimit <= 0)
        {
            throw new InvalidOperationException("Limits must be positive.");
        }

        return new TemplateOptions(this);
    }
}
