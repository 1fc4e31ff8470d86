using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Runtime;

/// <summary>Function calls: argument binding, recursion limit, and turning .NET errors of builtins into template errors.</summary>
public sealed partial class TemplateContext
{
    private static readonly object?[] NoArguments = Array.Empty<object?>();

    /// <summary>
    /// Calls a function value with positional arguments, e.g. from a builtin such as <c>array.map</c>.
    /// Errors are reported at <paramref name="span"/>.
    /// </summary>
    public object? Invoke(object? function, SourceSpan span, params object?[] arguments)
    {
        if (function is not IScriptFunction target)
        {
            throw Error(span, $"Invalid target function `{ValueConverter.ToText(function)}` ({ValueConverter.TypeName(function)})");
        }

        return Call(target, span, target.Name, arguments, null);
    }

    /// <summary>Binds arguments to parameters and runs the function.</summary>
    internal object? Call(IScriptFunction function, SourceSpan span, string displayName, IReadOnlyList<object?> positional,
        IReadOnlyList<KeyValuePair<string, object?>>? named, SourceSpan? bindSpan = null, bool positionalIsFresh = false)
    {
        var call = Bind(function, bindSpan ?? span, displayName, positional, named, positionalIsFresh);
        EnterCall(span, displayName);
        try
        {
            return function.Invoke(call);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidCastException
            or OverflowException or InvalidOperationException or IndexOutOfRangeException or KeyNotFoundException
            or DivideByZeroException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            throw Error(span, exception.Message);
        }
        finally
        {
            ExitCall();
        }
    }

    private ScriptCall Bind(IScriptFunction function, SourceSpan span, string displayName, IReadOnlyList<object?> positional,
        IReadOnlyList<KeyValuePair<string, object?>>? named, bool positionalIsFresh)
    {
        if (function is IArgumentArrayFunction)
        {
            var all = new ScriptArray(positional.Count);
            for (var i = 0; i < positional.Count; i++)
            {
                all.Add(positional[i]);
            }

            if (named is not null)
            {
                foreach (var pair in named)
                {
                    all.Members.SetValue(pair.Key, pair.Value);
                }
            }

            return new ScriptCall(this, span, function, new object?[] { all }, 1);
        }

        var parameters = function.Parameters;
        if (positionalIsFresh && named is null && positional is object?[] exact && exact.Length == parameters.Count && exact.Length > 0
            && exact.Length <= 64 && !parameters[^1].IsParams)
        {
            // Every parameter given by position (the usual call): the array the interpreter just filled is the
            // argument array, instead of a copy.
            return new ScriptCall(this, span, function, exact, exact.Length == 64 ? ulong.MaxValue : (1UL << exact.Length) - 1);
        }

        var arguments = parameters.Count == 0 ? NoArguments : new object?[parameters.Count];
        ulong given = 0;
        var index = 0;
        for (var p = 0; p < positional.Count; p++)
        {
            var value = positional[p];
            if (index < parameters.Count && parameters[index].IsParams)
            {
                ((ScriptArray)(arguments[index] ??= new ScriptArray())).Add(value);
                given |= 1UL << index;
                continue;
            }

            if (index >= parameters.Count)
            {
                throw Error(span, $"Invalid number of arguments `{positional.Count + (named?.Count ?? 0)}` passed to `{displayName}` while expecting `{parameters.Count}` arguments");
            }

            arguments[index] = value;
            given |= 1UL << index;
            index++;
        }

        if (named is not null)
        {
            foreach (var pair in named)
            {
                var target = FindParameter(parameters, pair.Key);
                if (target < 0)
                {
                    throw Error(span, $"The named argument `{pair.Key}` was not found in the parameters of `{displayName}`");
                }

                if (parameters[target].IsParams)
                {
                    ((ScriptArray)(arguments[target] ??= new ScriptArray())).Add(pair.Value);
                }
                else
                {
                    arguments[target] = pair.Value;
                }

                given |= 1UL << target;
            }
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            if ((given & (1UL << i)) != 0)
            {
                continue;
            }

            var parameter = parameters[i];
            if (parameter.IsParams)
            {
                arguments[i] = new ScriptArray();
            }
            else if (parameter.HasDefault)
            {
                arguments[i] = parameter.DefaultValue;
            }
            else
            {
                var required = parameters.Count(static p => !p.HasDefault);
                throw Error(span, $"Invalid number of arguments `{positional.Count + (named?.Count ?? 0)}` passed to `{displayName}` while expecting `{required}` arguments");
            }
        }

        return new ScriptCall(this, span, function, arguments, given);
    }

    private static int FindParameter(IReadOnlyList<ScriptParameter> parameters, string name)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
