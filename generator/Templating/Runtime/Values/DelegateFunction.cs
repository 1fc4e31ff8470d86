namespace Civic.Templating.Runtime.Values;

/// <summary>A function implemented by a C# delegate: every builtin, and any function a host registers.</summary>
public sealed class DelegateFunction : IScriptFunction
{
    private readonly Func<ScriptCall, object?> _body;

    /// <summary>Creates the function.</summary>
    public DelegateFunction(string name, IReadOnlyList<ScriptParameter> parameters, Func<ScriptCall, object?> body)
    {
        for (var i = 0; i < parameters.Count - 1; i++)
        {
            if (parameters[i].IsParams)
            {
                throw new ArgumentException($"Only the last parameter of `{name}` can take params.", nameof(parameters));
            }
        }

        Name = name;
        Parameters = parameters;
        _body = body;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public IReadOnlyList<ScriptParameter> Parameters { get; }

    /// <inheritdoc/>
    public object? Invoke(ScriptCall call) => _body(call);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
