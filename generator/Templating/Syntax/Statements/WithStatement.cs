using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary><c>with obj ... end</c>: assignments in the body go into the object.</summary>
public sealed class WithStatement : Statement
{
    /// <summary>Creates the node.</summary>
    public WithStatement(Expression target, BlockStatement body)
    {
        Target = target;
        Body = body;
    }

    /// <summary>The object.</summary>
    public Expression Target { get; }

    /// <summary>The body.</summary>
    public BlockStatement Body { get; }

    internal override Completion Execute(TemplateContext context)
    {
        var value = Target.Evaluate(context);
        if (value is not ScriptObject obj)
        {
            throw context.Error(Target.Span, $"Invalid target property `{Target}` used for [with] statement. Must be a ScriptObject instead of `{(value is null ? "null" : ValueConverter.TypeName(value))}`");
        }

        context.PushWith(obj);
        try
        {
            var completion = Body.Execute(context);
            return completion == Completion.Return ? completion : Completion.Normal;
        }
        finally
        {
            context.PopWith();
        }
    }
}
