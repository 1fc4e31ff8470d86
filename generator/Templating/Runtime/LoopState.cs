using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Runtime;

/// <summary>The <c>for</c>/<c>while</c>/<c>tablerow</c> variable: position of the current iteration.</summary>
internal sealed class LoopState
{
    private object? _previous;

    public LoopState(int length) => Length = length;

    public int Index { get; private set; }

    public int Rindex => Length - Index - 1;

    public bool First => Index == 0;

    public bool Last => Index == Length - 1;

    public bool Even => Index % 2 == 0;

    public bool Odd => Index % 2 != 0;

    public bool Changed { get; private set; }

    public int Length { get; }

    public int Col { get; set; }

    public int Row { get; set; }

    public void Move(int index, object? value)
    {
        Changed = index == 0 || !ValueComparer.Instance.Equals(_previous, value);
        _previous = value;
        Index = index;
    }
}
