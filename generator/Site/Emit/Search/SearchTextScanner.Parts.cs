using AngleSharp.Html.Parser;

namespace Civic.Site.Emit.Search;

// Which part of the page is read: tokenizer modes, the body, and the choice of the part to index.
internal sealed partial class SearchTextScanner
{
    // The tree builder normally switches these modes; without it, script and style text would be read as tags.
    // No noscript: the DOM parser runs without scripting, so noscript content is markup there too.
    private void SwitchTokenizer(string name)
    {
        Mode = name switch
        {
            "script" => HtmlParseMode.Script,
            "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
            "textarea" or "title" => HtmlParseMode.RCData,
            "plaintext" => HtmlParseMode.Plaintext,
            _ => Mode,
        };
    }

    private void StartBody(Tag? body)
    {
        // Whatever the head left open (a stray noscript) closes when the body starts.
        while (_open.Count > 0)
        {
            Pop();
        }

        _bodyStarted = true;
        if (body is { } tag && tag.Has(TagAttributes.SearchBody))
        {
            StartPart(Part.Marked);
        }
        else if (_part == Part.None)
        {
            StartPart(Part.Body);
        }
    }

    // The part to index is the first element marked data-search-body, else the first <main>, else the body: a later
    // candidate of a higher rank replaces what was read so far.
    private void StartPart(Part part)
    {
        _part = part;
        _inPart = true;
        _mainSeen |= part == Part.Main;
        _text.Clear();
        _heading.Clear();
        _headingFound = false;
        _inHeading = false;
        _skipDepth = 0;
        for (var i = 0; i < _open.Count; i++)
        {
            _open[i] = _open[i] with { Skip = false, Heading = false };
        }
    }
}
