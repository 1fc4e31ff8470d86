using static Civic.Templating.Tests.TemplateTestHelper;

namespace Civic.Templating.Tests.Runtime;

public sealed class ScopeTests
{
    [Fact]
    public void Local_loop_variable_does_not_answer_a_global_name()
        => Assert.Equal("1g2g|", Render("{{ x = 'g' }}{{ for $x in [1, 2] }}{{ $x }}{{ x }}{{ end }}|{{ $x }}"));

    [Fact]
    public void Assignment_in_a_loop_persists_after_it()
        => Assert.Equal("6", Render("{{ total = 0; for n in 1..3; total += n; end; total }}"));

    [Fact]
    public void Function_locals_do_not_leak_to_the_caller()
        => Assert.Equal("in|", Render("{{ func f; $v = 'in'; ret $v; end; f }}|{{ $v }}"));

    [Fact]
    public void Declared_parameters_shadow_globals_only_during_the_call()
        => Assert.Equal("2|g", Render("{{ x = 'g'; func f(x); ret x + 1; end; f(1) }}|{{ x }}"));

    [Fact]
    public void Anonymous_objects_work_as_models()
        => Assert.Equal("驿站 3", Render("{{ page.title }} {{ page.count }}", new { page = new { Title = "驿站", Count = 3 } }));

    [Fact]
    public void With_statement_writes_into_the_object()
        => Assert.Equal("1|", Render("{{ o = {}; with o; a = 1; end; o.a }}|{{ a }}"));
}
