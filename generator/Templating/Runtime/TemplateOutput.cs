using System.Text;

namespace Civic.Templating.Runtime;

/// <summary>An output buffer with a size limit; a capture or include pushes a new one.</summary>
internal sealed class TemplateOutput
{
    private readonly StringBuilder _builder = new(256);
    private readonly int _limit;

    public TemplateOutput(int limit) => _limit = limit;

    public int TotalLength => _builder.Length;

    /// <summary>The last character written, or '\n' at the start (a line start for indentation purposes).</summary>
    public char LastChar => _builder.Length == 0 ? '\n' : _builder[^1];

    public bool Append(string text)
    {
        if (_builder.Length + text.Length > _limit)
        {
            return false;
        }

        _builder.Append(text);
        return true;
    }

    public override string ToString() => _builder.ToString();
}
