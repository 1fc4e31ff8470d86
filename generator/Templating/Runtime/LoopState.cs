using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Runtime;

/// <summary>The <c>for</c>/<c>while</c>/<c>tablerow</c> variable: position of the current iteration.</summary>
internal sealed class LoopState
{
    private object? _previous;
    private object? _current;

    public LoopState(int length) => Length = length;

    public int Index { get; private set; }

    public int Rindex => Length - Index - 1;

    public bool First => Index == 0;

    public bool Last => Index == Length - 1;

    public bool Even => Index % 2 == 0;

    public bool Odd => Index % 2 != 0;

    /// <summary>True on the first iteration and whenever the item differs from the previous one (compared when read).</summary>
    public bool Changed => Index == 0 || !ValueComparer.Instance.Equals(_previous, _current);

    public int Length { get; }

    public int Col { get; set; }

    public int Row { get; set; }

    /// <summary>Reads a member by its template name without reflection; false for a name this type does not have.</summary>
    public bool TryGet(string name, out object? value)
    {
        switch (name)
        {
            case "index": value = BoxedInts.Get(Index); return true;
            case "rindex": value = BoxedInts.Get(Rindex); return true;
            case "first": value = ValueConverter.Box(First); return true;
            case "last": value = ValueConverter.Box(Last); return true;
            case "even": value = ValueConverter.Box(Even); return true;
            case "odd": value = ValueConverter.Box(Odd); return true;
            case "changed": value = ValueConverter.Box(Changed); return true;
            case "length": value = BoxedInts.Get(Length); return true;
            case "col": value = BoxedInts.Get(Col); return true;
            case "row": value = BoxedInts.Get(Row); return true;
            default: value = null; return false;
        }
    }

    public void Move(int index, object? value)
    {
        _previous = index == 0 ? null : _current;
        _current = value;
        Index = index;
    }
}
