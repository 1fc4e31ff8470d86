using Civic.Templating.Runtime;

namespace Civic.Templating.Syntax.Statements;

/// <summary>Template text outside code blocks (after whitespace control), or the content of an escape block.</summary>
public sealed class TextStatement : Statement
{
    /// <summary>Creates the node.</summary>
    public TextStatement(string text) => Text = text;

    /// <summary>The text written as is.</summary>
    public string Text { get; }

    internal override Completion Execute(TemplateContext context)
    {
        context.Write(Text, Span);
        return Completion.Normal;
    }
}
