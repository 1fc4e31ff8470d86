using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Tests.Builtins;

public sealed class BuiltinContractTests
{
    private static readonly SourceSpan Here = new("test", 0, 1, 3, 7);

    private static object? Call(string module, string name, params object?[] arguments)
    {
        var context = new TemplateContext();
        var function = ((ScriptObject)context.Options.Builtins[module]!)[name];
        return context.Invoke(function, Here, arguments);
    }

    [Fact]
    public void Upcase_uses_invariant_rules() => Assert.Equal("TITLE", Call("string", "upcase", "title"));

    [Fact]
    public void Size_counts_arrays_ranges_and_null()
    {
        Assert.Equal(3, Call("array", "size", new ScriptArray(new object?[] { 1, "a", null })));
        Assert.Equal(5, Call("array", "size", new ScriptRange(1, 5, false)));
        Assert.Equal(0, Call("array", "size", new object?[] { null }));
    }

    [Fact]
    public void Plus_promotes_numbers_like_the_operator()
    {
        Assert.Equal(3, Call("math", "plus", 1, 2));
        Assert.Equal(3.5, Call("math", "plus", 1, 2.5));
        Assert.Equal(new System.Numerics.BigInteger(long.MaxValue) + 1, Call("math", "plus", long.MaxValue, 1));
    }

    [Fact]
    public void Missing_argument_is_reported_at_the_call()
    {
        var error = Assert.Throws<TemplateRuntimeException>(() => Call("math", "plus", 1));
        Assert.Equal(3, error.Span.Line);
        Assert.Equal(7, error.Span.Column);
        Assert.Contains("expecting `2` arguments", error.Message);
    }

    [Fact]
    public void Non_number_argument_is_reported_at_the_call()
    {
        var error = Assert.Throws<TemplateRuntimeException>(() => Call("math", "plus", "x", 1));
        Assert.Contains("Unable to convert type `string`", error.Reason);
    }

    [Fact]
    public void Builtin_modules_are_read_only()
    {
        var module = (ScriptObject)TemplateOptions.Default.Builtins["string"]!;
        Assert.True(module.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => module.SetValue("upcase", null));
    }
}
