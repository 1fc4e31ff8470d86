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

    /// <summary>The spaces and tabs written since the last line break, or null if the line has other text.</summary>
    public string? TrailingIndent()
    {
        var i = _builder.Length;
        while (i > 0 && _builder[i - 1] is ' ' or '\t')
        {
            i--;
        }

        return i == 0 || _builder[i - 1] == '\n' ? _builder.ToString(i, _builder.Length - i) : null;
    }

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
