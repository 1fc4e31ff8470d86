using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Runtime;

/// <summary>
/// The state of one render: variables, output, loop and recursion counters. Create one per render (it is not
/// thread-safe); the <see cref="TemplateOptions"/> and the parsed <see cref="Template"/> are shared.
/// </summary>
public sealed partial class TemplateContext
{
    private readonly TemplateOutput _output;
    private ScriptObject? _globals;
    private int _depth;
    private long _whileSteps;

    /// <summary>Creates a context for one render.</summary>
    public TemplateContext(TemplateOptions? options = null)
    {
        Options = options ?? TemplateOptions.Default;
        _output = new TemplateOutput(Options.OutputLimit);
        _frames.Add(new Frame(null, null));
    }

    /// <summary>The shared settings.</summary>
    public TemplateOptions Options { get; }

    /// <summary>Variables assigned by the template at the top level; a host may preset values here.</summary>
    public ScriptObject Globals => _globals ??= new ScriptObject();

    /// <summary>Cancels a long render (checked at every loop step and call).</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The model of the render (a <see cref="ScriptObject"/>, dictionary or .NET object): its members read as globals, after <see cref="Globals"/>.</summary>
    public object? Model { get; init; }

    /// <summary>The template whose nodes are running (for the source line of errors).</summary>
    internal Template? CurrentTemplate { get; set; }

    /// <summary>The output: nested captures and includes are segments of it (see <see cref="PushOutput"/>).</summary>
    internal TemplateOutput Output => _output;

    /// <summary>Opens a nested output (a capture, an include) with the room its parent has left.</summary>
    internal void PushOutput() => _output.Push(Options.OutputLimit - _output.TotalLength);

    /// <summary>Closes the nested output and gives its text.</summary>
    internal string PopOutput() => _output.PopToString();

    /// <summary>Writes an evaluated <c>{{ }}</c> value, escaping plain strings in escaping mode.</summary>
    internal void WriteValue(object? value, SourceSpan span)
    {
        bool written;
        switch (value)
        {
            case null:
                return;
            case string text:
                written = Options.EscapeHtml ? _output.AppendEscaped(text) : _output.Append(text);
                break;
            case HtmlString html:
                written = _output.Append(html.Span);
                break;
            case int number:
                // Digits and a minus sign: nothing to escape.
                written = _output.Append(number);
                break;
            default:
                var converted = ValueConverter.ToText(value);
                written = Options.EscapeHtml ? _output.AppendEscaped(converted) : _output.Append(converted);
                break;
        }

        if (!written)
        {
            throw OutputLimitError(span);
        }
    }

    /// <summary>Writes text verbatim (template text, include output).</summary>
    internal void Write(string text, SourceSpan span)
    {
        if (!_output.Append(text))
        {
            throw OutputLimitError(span);
        }
    }

    internal TemplateRuntimeException OutputLimitError(SourceSpan span)
        => Error(span, $"The output exceeds the limit of {Options.OutputLimit} characters (OutputLimit).");

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
