using System.Globalization;
using Civic.Templating.Runtime;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary><c>tablerow x in list cols: n ... end</c>: writes <c>&lt;tr&gt;</c>/<c>&lt;td&gt;</c> rows as Liquid does.</summary>
public sealed class TableRowStatement : Statement
{
    /// <summary>Creates the node.</summary>
    public TableRowStatement(VariableExpression variable, Expression iterable, LoopOptions options, BlockStatement body)
    {
        Variable = variable;
        Iterable = iterable;
        Options = options;
        Body = body;
    }

    /// <summary>The loop variable.</summary>
    public VariableExpression Variable { get; }

    /// <summary>What is iterated.</summary>
    public Expression Iterable { get; }

    /// <summary>offset/limit/reversed/cols.</summary>
    public LoopOptions Options { get; }

    /// <summary>The cell body.</summary>
    public BlockStatement Body { get; }

    internal override Completion Execute(TemplateContext context)
    {
        var items = LoopItems.Evaluate(context, Iterable, Options, Span);
        var columns = Options.Columns is null ? 1 : Math.Max(1, LoopItems.ToInt(context, Options.Columns));
        var scope = context.PushLoop();
        var state = new LoopState(items.Count);
        scope.SetValue("tablerow", state);
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                context.CheckLoop(i + 1, Span);
                var column = i % columns;
                var row = i / columns;
                state.Move(i, items[i]);
                state.Col = column + 1;
                state.Row = row + 1;
                scope.SetValue(Variable.StoreKey, items[i]);
                if (column == 0)
                {
                    context.Write($"<tr class=\"row{(row + 1).ToString(CultureInfo.InvariantCulture)}\">", Span);
                }

                context.Write($"<td class=\"col{(column + 1).ToString(CultureInfo.InvariantCulture)}\">", Span);
                var completion = Body.Execute(context);
                context.Write("</td>", Span);
                if (column == columns - 1 || i == items.Count - 1)
                {
                    context.Write("</tr>" + context.Options.NewLine, Span);
                }

                if (completion is Completion.Break or Completion.Return)
                {
                    return completion == Completion.Return ? completion : Completion.Normal;
                }
            }
        }
        finally
        {
            context.PopLoop();
        }

        return Completion.Normal;
    }
}
