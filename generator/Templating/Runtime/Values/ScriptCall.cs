namespace Civic.Templating.Runtime.Values;

/// <summary>
/// One invocation of a function: the render's context, the span of the call (for errors), and the arguments
/// bound to the function's parameters. Builtins read arguments through the typed getters, which convert with
/// Scriban's rules and report a conversion failure at the call's span.
/// </summary>
public sealed class ScriptCall
{
    private readonly object?[] _arguments;
    private readonly ulong _given;

    /// <summary>Creates a call; <paramref name="given"/> has bit i set when argument i was passed (not defaulted).</summary>
    public ScriptCall(TemplateContext context, SourceSpan span, IScriptFunction function, object?[] arguments, ulong given)
    {
        Context = context;
        Span = span;
        Function = function;
        _arguments = arguments;
        _given = given;
    }

    /// <summary>The render in progress.</summary>
    public TemplateContext Context { get; }

    /// <summary>Where the call is in the template; errors are reported here.</summary>
    public SourceSpan Span { get; }

    /// <summary>The function being called.</summary>
    public IScriptFunction Function { get; }

    /// <summary>Bound arguments, one per declared parameter (a params parameter holds a <see cref="ScriptArray"/>).</summary>
    public IReadOnlyList<object?> Arguments => _arguments;

    /// <summary>The clock for date functions (<see cref="TemplateOptions.TimeProvider"/>), injectable for tests.</summary>
    public TimeProvider Clock => Context.Options.TimeProvider;

    /// <summary>The raw argument bound to parameter <paramref name="index"/>.</summary>
    public object? this[int index] => _arguments[index];

    /// <summary>True if the caller passed parameter <paramref name="index"/> rather than it taking its default.</summary>
    public bool IsGiven(int index) => index < 64 && (_given & (1UL << index)) != 0;

    /// <summary>The argument as text (null gives the empty string), formatted with the invariant culture.</summary>
    public string GetString(int index) => ValueConverter.ToText(_arguments[index]);

    /// <summary>The argument as a boolean with template truthiness (only null and false are false).</summary>
    public bool GetBool(int index) => ValueConverter.ToBool(_arguments[index]);

    /// <summary>The argument as an int; reports an error at the call if it is not a number.</summary>
    public int GetInt(int index) => Convert(index, "int", ValueConverter.TryToInt, out int value) ? value : default;

    /// <summary>The argument as a long; reports an error at the call if it is not a number.</summary>
    public long GetLong(int index) => Convert(index, "long", ValueConverter.TryToLong, out long value) ? value : default;

    /// <summary>The argument as a double; reports an error at the call if it is not a number.</summary>
    public double GetDouble(int index) => Convert(index, "double", ValueConverter.TryToDouble, out double value) ? value : default;

    /// <summary>The argument as a number value (int, long, double, decimal or BigInteger), keeping its kind.</summary>
    public object GetNumber(int index) => Convert(index, "number", ValueConverter.TryToNumber, out object? value) ? value! : 0;

    /// <summary>The argument as a sequence; null gives an empty sequence; a non-list value reports an error.</summary>
    public IEnumerable<object?> GetEnumerable(int index)
    {
        var value = _arguments[index];
        if (value is null)
        {
            return Array.Empty<object?>();
        }

        return ValueConverter.ToEnumerable(value)
            ?? throw Error($"Cannot use the {ValueConverter.TypeName(value)} `{ValueConverter.ToText(value)}` as a list.");
    }

    /// <summary>Calls a function value passed as an argument (e.g. the predicate of <c>array.filter</c>).</summary>
    public object? Invoke(object? function, params object?[] arguments) => Context.Invoke(function, Span, arguments);

    /// <summary>Creates an error at the call's span; use as <c>throw call.Error("...")</c>.</summary>
    public TemplateRuntimeException Error(string message) => Context.Error(Span, message);

    private delegate bool TryConvert<T>(object? value, out T result);

    private bool Convert<T>(int index, string typeName, TryConvert<T> convert, out T value)
    {
        if (convert(_arguments[index], out value))
        {
            return true;
        }

        var arg = _arguments[index];
        throw Error($"Unable to convert type `{ValueConverter.TypeName(arg)}` to {typeName} for the argument `{Function.Parameters[index].Name}` of `{Function.Name}`");
    }
}
