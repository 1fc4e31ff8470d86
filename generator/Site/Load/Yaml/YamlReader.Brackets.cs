using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Civic.Site.Load.Yaml;

public sealed partial class YamlReader
{
    // The innermost '[' or '{' still open at an error. The parser's own state cannot say: it fails while reading
    // ahead, before or after a collection's end is taken, so the text between the bracket and the error decides.
    private (char Bracket, Mark At)? StillOpen(long errorIndex)
    {
        if (_parser.Current is SequenceStart { Style: SequenceStyle.Flow } seq && IsOpen('[', seq.Start, errorIndex)) return ('[', seq.Start);
        if (_parser.Current is MappingStart { Style: MappingStyle.Flow } map && IsOpen('{', map.Start, errorIndex)) return ('{', map.Start);
        foreach (var (bracket, at) in _open)
        {
            if (bracket != ' ' && IsOpen(bracket, at, errorIndex)) return (bracket, at);
        }
        return null;
    }

    // Whether the bracket at `at` has no matching close before `end`, counting brackets outside quotes and comments.
    private bool IsOpen(char bracket, Mark at, long end)
    {
        var start = (int)at.Index;
        var stop = (int)Math.Min(end, _yaml.Length);
        if (start < 0 || start >= stop || _yaml[start] != bracket) return false;
        var depth = 0;
        for (var i = start; i < stop; i++)
        {
            switch (_yaml[i])
            {
                case '[' or '{':
                    depth++;
                    break;
                case ']' or '}':
                    if (--depth == 0) return false;
                    break;
                case '"' or '\'' when StartsValue(i):
                    i = SkipQuoted(i, _yaml[i], stop);
                    break;
                case '#' when _yaml[i - 1] is ' ' or '\t' or '\n':
                    var eol = _yaml.IndexOf('\n', i);
                    i = eol < 0 ? stop : eol;
                    break;
            }
        }
        return true;
    }

    // A quote opens a quoted value only at the value's start; inside a plain value ("Xi'an") it is text.
    private bool StartsValue(int quote)
    {
        var i = quote - 1;
        while (i >= 0 && _yaml[i] is ' ' or '\t' or '\n' or '\r') i--;
        return i < 0 || _yaml[i] is '[' or '{' or ',' or ':' or '?' or '-';
    }

    // The index of the quote that closes the one at `open` (a backslash escapes in "…", a doubled quote in '…').
    private int SkipQuoted(int open, char quote, int stop)
    {
        for (var i = open + 1; i < stop; i++)
        {
            if (quote == '"' && _yaml[i] == '\\') i++;
            else if (_yaml[i] == quote)
            {
                if (quote == '\'' && i + 1 < stop && _yaml[i + 1] == '\'') i++;
                else return i;
            }
        }
        return stop;
    }
}
