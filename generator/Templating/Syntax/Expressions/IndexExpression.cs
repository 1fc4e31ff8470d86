using System.Collections;
using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Syntax.Expressions;

/// <summary><c>target[index]</c>: list items (negative from the end), string characters, object members by key.</summary>
public sealed class IndexExpression : PathExpression
{
    /// <summary>Creates the access.</summary>
    public IndexExpression(Expression target, Expression index)
    {
        Target = target;
        Index = index;
    }

    /// <summary>The list or object.</summary>
    public Expression Target { get; }

    /// <summary>The index or key.</summary>
    public Expression Index { get; }

    internal override object? EvaluateRaw(TemplateContext context)
    {
        var target = Target.Evaluate(context);
        if (target is null)
        {
            throw context.Error(Span, $"Object `{Target}` is null. Cannot access indexer: {this}");
        }

        var index = Index.Evaluate(context);
        if (index is null)
        {
            throw context.Error(Index.Span, $"Cannot access target `{Target}` with a null indexer: {this}");
        }

        switch (target)
        {
            case EmptyValue:
                return EmptyValue.Instance;
            case string or HtmlString:
            {
                var text = ValueConverter.ToText(target);
                var i = ToIndex(context, index, text.Length);
                return i >= 0 && i < text.Length ? text[i].ToString() : null;
            }

            case IList list:
            {
                var i = ToIndex(context, index, list.Count);
                return i >= 0 && i < list.Count ? list[i] : null;
            }

            case IReadOnlyList<object?> readOnly:
            {
                var i = ToIndex(context, index, readOnly.Count);
                return i >= 0 && i < readOnly.Count ? readOnly[i] : null;
            }

            case IEnumerable enumerable when target is not ScriptObject and not IDictionary:
            {
                var items = enumerable.Cast<object?>().ToList();
                var i = ToIndex(context, index, items.Count);
                return i >= 0 && i < items.Count ? items[i] : null;
            }

            case bool:
            case var _ when ValueConverter.IsNumber(target):
                throw context.Error(Span, $"Cannot use the {ValueConverter.TypeName(target)} primitive `{ValueConverter.ToText(target)}` as a list.");
            default:
                return ObjectMembers.TryGet(target, ValueConverter.ToText(index), out var value) ? value : null;
        }
    }

    internal override void Assign(TemplateContext context, object? value)
    {
        var target = Target.Evaluate(context);
        var index = Index.Evaluate(context);
        if (target is null)
        {
            throw context.Error(Span, $"Object `{Target}` is null. Cannot access indexer: {this}");
        }

        if (index is null)
        {
            throw context.Error(Index.Span, $"Cannot access target `{Target}` with a null indexer: {this}");
        }

        switch (target)
        {
            case SharedMembers:
                throw context.Error(Index.Span, $"Cannot set a value for the readonly member `{ValueConverter.ToText(index)}` in the indexer: {this} (these values are shared by every page)");
            case ScriptArray array:
                array[ToIndex(context, index, array.Count)] = value;
                return;
            case IList list:
                list[ToIndex(context, index, list.Count)] = value;
                return;
            case ScriptObject obj:
                var key = ValueConverter.ToText(index);
                if (!obj.CanWrite(key))
                {
                    throw context.Error(Index.Span, $"Cannot set a value for the readonly member `{key}` in the indexer: {this}");
                }

                obj.SetValue(key, value);
                return;
            case IDictionary<string, object?> dictionary:
                dictionary[ValueConverter.ToText(index)] = value;
                return;
            default:
                throw context.Error(Span, $"Cannot use the {ValueConverter.TypeName(target)} primitive `{ValueConverter.ToText(target)}` as a list.");
        }
    }

    private int ToIndex(TemplateContext context, object index, int count)
    {
        if (!ValueConverter.TryToInt(index, out var i))
        {
            throw context.Error(Index.Span, $"Cannot convert the index `{ValueConverter.ToText(index)}` to an integer");
        }

        return i < 0 ? count + i : i;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Target}[{Index}]";
}
