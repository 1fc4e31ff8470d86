using System.Collections;
using System.Globalization;
using Civic.Templating.Runtime.Values;

namespace Civic.Site.Render;

/// <summary>
/// A 128-bit hash of a page's template variables (two FNV-1a lanes over a canonical walk of the tree). Two equal
/// trees give equal fingerprints; it is used only within one process, to skip re-rendering unchanged pages.
/// </summary>
public static class ModelFingerprint
{
    public static UInt128 Of(object? value) => Of(value, null, null);

    /// <summary>
    /// The fingerprint, and on the way every value of the tree that is a key of <paramref name="watched"/> (such as a
    /// story's URL), whose value goes into <paramref name="seen"/>: what the page shows of whom.
    /// </summary>
    public static UInt128 Of(object? value, IReadOnlyDictionary<string, string>? watched, ISet<string>? seen)
    {
        var state = new State { Watched = watched, Seen = seen };
        Walk(value, ref state);
        return new UInt128(state.A, state.B);
    }

    private static void Walk(object? value, ref State state)
    {
        switch (value)
        {
            case null:
                state.Add('\0');
                break;
            case string s:
                state.Add('s');
                state.Add(s);
                if (state.Watched is { } watched && watched.TryGetValue(s, out var owner))
                {
                    state.Seen!.Add(owner);
                }

                break;
            case HtmlString h:
                state.Add('h');
                state.Add(h.Value);
                break;
            case bool b:
                state.Add(b ? 'T' : 'F');
                break;
            case IDictionary<string, object?> dictionary:
                state.Add('{');
                foreach (var pair in dictionary.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    state.Add(pair.Key);
                    Walk(pair.Value, ref state);
                }

                state.Add('}');
                break;
            case IReadOnlyDictionary<string, string> strings:
                state.Add('{');
                foreach (var pair in strings.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    state.Add(pair.Key);
                    state.Add(pair.Value);
                }

                state.Add('}');
                break;
            case IEnumerable list:
                state.Add('[');
                foreach (var item in list)
                {
                    Walk(item, ref state);
                }

                state.Add(']');
                break;
            case IFormattable formattable:
                state.Add('n');
                state.Add(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                state.Add('o');
                state.Add(value.ToString() ?? string.Empty);
                break;
        }
    }

    private struct State()
    {
        public ulong A = 14695981039346656037UL;
        public ulong B = 0x9E3779B97F4A7C15UL;

        public IReadOnlyDictionary<string, string>? Watched;

        public ISet<string>? Seen;

        public void Add(char c)
        {
            A = (A ^ c) * 1099511628211UL;
            B = (B ^ c) * 0x100000001B3UL + 0x632BE59BD9B4E019UL;
        }

        public void Add(string s)
        {
            foreach (var c in s)
            {
                Add(c);
            }

            Add('\u0001');
        }
    }
}
