using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary><c>import obj</c>: copies the object's members into the globals, leaving read-only variables alone.</summary>
public sealed class ImportStatement : Statement
{
    /// <summary>Creates the node.</summary>
    public ImportStatement(Expression source) => Source = source;

    /// <summary>The imported object.</summary>
    public Expression Source { get; }

    internal override Completion Execute(TemplateContext context)
    {
        var value = Source.Evaluate(context);
        if (value is null)
        {
            return Completion.Normal;
        }

        if (value is not ScriptObject obj)
        {
            throw context.Error(Source.Span, $"Unexpected value `{ValueConverter.ToText(value)}` for import: an object is expected");
        }

        foreach (var pair in obj)
        {
            if (context.Globals.CanWrite(pair.Key))
            {
                context.Globals.SetValue(pair.Key, pair.Value);
            }
        }

        return Completion.Normal;
    }
}
