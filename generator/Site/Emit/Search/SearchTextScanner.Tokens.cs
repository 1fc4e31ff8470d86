namespace Civic.Site.Emit.Search;

// The tokens either reader hands over, and when the reading can stop.
internal sealed partial class SearchTextScanner
{
    // Once the marked part has closed in the body, nothing later changes the result: a marked part is never replaced,
    // text outside the part is never read, and the title is settled (its first h1, or the first <title>, already read).
    private bool Finished => !_toTheEnd && _part == Part.Marked && !_inPart && _bodyStarted && (_headingFound || _titleFound);

    private void TextToken(ReadOnlySpan<char> data)
    {
        // The newline right after <pre>, <listing> or <textarea> is not content.
        var dropNewline = _dropNewline;
        _dropNewline = false;
        OnText(dropNewline && data.StartsWith('\n') ? data[1..] : data);
    }

    private void StartTagToken(Tag tag)
    {
        _dropNewline = false;
        OnStartTag(tag);
    }

    private void EndTagToken(string name)
    {
        _dropNewline = false;
        OnEndTag(name);
    }
}
