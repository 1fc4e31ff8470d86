using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Syntax.Expressions;

/// <summary>
/// An expression that names a place: a variable, a member or an index. It can be assigned, and a function value
/// read through it is called with no arguments unless it is the target of a call or an alias (<c>@f</c>).
/// </summary>
public abstract class PathExpression : Expression
{
    internal override object? Evaluate(TemplateContext context)
    {
        var value = EvaluateRaw(context);
        if (value is null or string)
        {
            // The common values, told apart by an exact type test before the costlier interface test.
            return value;
        }

        return value is IScriptFunction function ? context.Call(function, Span, DisplayText, Array.Empty<object?>(), null, EndSpan) : value;
    }

    /// <summary>Just past the expression: where Scriban reports a bad call of a function read without arguments.</summary>
    private SourceSpan EndSpan => new(Span.Path, Span.End, Span.End, Span.Line, Span.Column + (Span.End - Span.Start));

    /// <summary>The value without calling it when it is a function.</summary>
    internal abstract object? EvaluateRaw(TemplateContext context);

    /// <summary>Stores a value in the place.</summary>
    internal abstract void Assign(TemplateContext context, object? value);
}
