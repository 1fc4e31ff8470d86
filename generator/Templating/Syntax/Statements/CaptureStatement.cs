using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary>
/// <c>capture x ... end</c>: stores the body's output in a variable. In escaping mode the captured text is
/// already escaped, so it is stored as <see cref="HtmlString"/> and not escaped twice.
/// </summary>
public sealed class CaptureStatement : Statement
{
    /// <summary>Creates the node.</summary>
    public CaptureStatement(PathExpression target, BlockStatement body)
    {
        Target = target;
        Body = body;
    }

    /// <summary>Where the text goes.</summary>
    public PathExpression Target { get; }

    /// <summary>The captured body.</summary>
    public BlockStatement Body { get; }

    internal override Completion Execute(TemplateContext context)
    {
        context.PushOutput();
        Completion completion;
        string text;
        try
        {
            completion = Body.Execute(context);
        }
        finally
        {
            text = context.PopOutput();
        }

        Target.Assign(context, context.Options.EscapeHtml ? new HtmlString(text) : text);
        return completion == Completion.Return ? completion : Completion.Normal;
    }
}
