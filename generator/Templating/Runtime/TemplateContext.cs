using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Runtime;

/// <summary>
/// The state of one render: variables, output, loop and recursion counters. Create one per render (it is not
/// thread-safe); the <see cref="TemplateOptions"/> and the parsed <see cref="Template"/> are shared.
/// </summary>
public sealed partial class TemplateContext
{
    private readonly List<TemplateOutput> _outputs = new();
    private int _depth;
    private long _whileSteps;

    /// <summary>Creates a context for one render.</summary>
    public TemplateContext(TemplateOptions? options = null)
    {
        Options = options ?? TemplateOptions.Default;
        Globals = new ScriptObject();
        _outputs.Add(new TemplateOutput(Options.OutputLimit));
        _frames.Add(new Frame(new ScriptObject(), null, null));
    }

    /// <summary>The shared settings.</summary>
    public TemplateOptions Options { get; }

    /// <summary>Variables assigned by the template at the top level; a host may preset values here.</summary>
    public ScriptObject Globals { get; }

    /// <summary>Cancels a long render (checked at every loop step and call).</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The model given to <see cref="Template.Render(object?, TemplateOptions?)"/>: its members read as globals.</summary>
    internal object? Model { get; set; }

    /// <summary>The template whose nodes are running (for the source line of errors).</summary>
    internal Template? CurrentTemplate { get; set; }

    internal TemplateOutput Output => _outputs[^1];

    internal void PushOutput() => _outputs.Add(new TemplateOutput(Options.OutputLimit - Output.TotalLength));

    internal string PopOutput()
    {
        var output = _outputs[^1];
        _outputs.RemoveAt(_outputs.Count - 1);
        return output.ToString();
    }

    /// <summary>Writes an evaluated <c>{{ }}</c> value, escaping plain strings in escaping mode.</summary>
    internal void WriteValue(object? value, SourceSpan span)
    {
        if (value is null)
        {
            return;
        }

        var text = ValueConverter.ToText(value);
        if (Options.EscapeHtml && value is not HtmlString)
        {
            text = HtmlEscaper.Escape(text);
        }

        Write(text, span);
    }

    /// <summary>Writes text verbatim (template text, include output).</summary>
    internal void Write(string text, SourceSpan span)
    {
        if (!Output.Append(text))
        {
            throw Error(span, $"The output exceeds the limit of {Options.OutputLimit} characters (OutputLimit).");
        }
    }

    /// <summary>Counts one step of a while loop, stopping a template that never ends.</summary>
    internal void StepWhile(SourceSpan span)
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (++_whileSteps > Options.LoopLimit)
        {
            throw Error(span, $"Exceeding number of iteration limit `{Options.LoopLimit}` for loop statement.");
        }
    }

    /// <summary>Checks a loop's iteration count against the limit.</summary>
    internal void CheckLoop(int iterations, SourceSpan span)
    {
        if (iterations > Options.LoopLimit)
        {
            throw Error(span, $"Exceeding number of iteration limit `{Options.LoopLimit}` for loop statement.");
        }

        if ((iterations & 63) == 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
        }
    }

    internal void EnterCall(SourceSpan span, string name)
    {
        if (++_depth > Options.RecursionLimit)
        {
            _depth--;
            throw Error(span, $"Exceeding number of recursive depth limit `{Options.RecursionLimit}` for node: `{name}`");
        }
    }

    internal void ExitCall() => _depth--;

    /// <summary>Creates a runtime error at <paramref name="span"/> with its source line.</summary>
    public TemplateRuntimeException Error(SourceSpan span, string message)
        => new(span, message, CurrentTemplate?.GetSourceLine(span));
}
