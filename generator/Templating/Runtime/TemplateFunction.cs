using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Statements;

namespace Civic.Templating.Runtime;

/// <summary>
/// A function declared in a template (<c>func name ... end</c> or <c>do ... end</c>). Declared parameters are
/// variables of the call; without a parameter list the arguments are read as <c>$</c>, <c>$0</c>, <c>$.name</c>.
/// </summary>
internal class TemplateFunction : IScriptFunction
{
    public TemplateFunction(string name, IReadOnlyList<ScriptParameter> parameters, BlockStatement body, SourceSpan span)
    {
        Name = name;
        Parameters = parameters;
        Body = body;
        Span = span;
    }

    public string Name { get; }

    public IReadOnlyList<ScriptParameter> Parameters { get; }

    public BlockStatement Body { get; }

    public SourceSpan Span { get; }

    /// <summary>Creates the right kind of function for a declaration with or without a parameter list.</summary>
    public static TemplateFunction Create(string name, IReadOnlyList<ScriptParameter>? parameters, BlockStatement body, SourceSpan span)
        => parameters is null ? new ArgumentArrayTemplateFunction(name, body, span) : new TemplateFunction(name, parameters, body, span);

    public object? Invoke(ScriptCall call)
    {
        var wrapBody = call.Context.PendingWrapBody;
        call.Context.PendingWrapBody = null;
        return Run(call, wrapBody);
    }

    /// <summary>Runs the body in a new frame; <paramref name="wrapBody"/> is the block of a <c>wrap</c> statement.</summary>
    public object? Run(ScriptCall call, IScriptFunction? wrapBody)
    {
        var context = call.Context;
        var arguments = this is IArgumentArrayFunction ? (ScriptArray)call[0]! : new ScriptArray(call.Arguments);
        context.PushFrame(new Frame(arguments, wrapBody));
        var parameterScope = Parameters.Count > 0 && this is not IArgumentArrayFunction ? context.PushLoop() : null;
        try
        {
            if (parameterScope is not null)
            {
                for (var i = 0; i < Parameters.Count; i++)
                {
                    parameterScope.SetValue(Parameters[i].Name, call[i]);
                }
            }

            var completion = Body.Execute(context);
            return completion == Completion.Return ? context.TakeReturnValue() : null;
        }
        finally
        {
            if (parameterScope is not null)
            {
                context.PopLoop();
            }

            context.PopFrame();
        }
    }

    public override string ToString() => Name;
}
