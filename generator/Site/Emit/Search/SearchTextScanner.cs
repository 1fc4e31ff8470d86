using System.Text;
using AngleSharp.Html.Parser;

namespace Civic.Site.Emit.Search;

/// <summary>
/// One pass of an HTML tokenizer over a page (its own reader of the generator's markup, else AngleSharp's), following
/// just enough of the tree-construction rules (implicit closes of p, li, dd/dt, headings and table cells; void
/// elements; foreign content; the head) to know, for every piece of text, whether it lies in the searchable part, in a
/// skipped element or in the heading, and where blocks end lines. Building the DOM of every page cost more than the
/// rest of the search stage. Struct tokens and known tag names keep it from allocating per token. One instance per
/// thread.
/// </summary>
internal sealed partial class SearchTextScanner
{
    [ThreadStatic]
    private static SearchTextScanner? _cached;

    private readonly List<OpenElement> _open = [];
    private readonly SearchLineWriter _text = new();
    private readonly StringBuilder _heading = new();
    private readonly StringBuilder _title = new();
    private Part _part;
    private bool _inPart;
    private bool _bodyStarted;
    private bool _mainSeen;
    private bool _headingFound;
    private bool _inHeading;
    private bool _titleFound;
    private bool _inTitle;
    private bool _dropNewline;
    private bool _toTheEnd;
    private int _skipDepth;
    private int _foreignDepth;
    private int _templateDepth;

    private enum Part
    {
        None,
        Body,
        Main,
        Marked,
    }

    // Text that reaches the index: inside the chosen part, outside the heading and every skipped element.
    private bool Emitting => _inPart && !_inHeading && _skipDepth == 0;

    public static (string Title, string Text) Extract(ReadOnlyMemory<char> html)
    {
        var scanner = _cached ?? new SearchTextScanner();
        _cached = null;
        try
        {
            return scanner.Run(html);
        }
        finally
        {
            scanner.Reset();
            _cached = scanner;
        }
    }

    /// <summary>For tests: what one reader alone reads (null if the fast one gives up), optionally to the page's end.</summary>
    internal static (string Title, string Text)? ExtractWith(string html, bool fast, bool toTheEnd = false)
    {
        var scanner = new SearchTextScanner { _toTheEnd = toTheEnd };
        try
        {
            if (!fast)
            {
                scanner.ReadWithAngleSharp(html.AsMemory());
            }
            else if (!scanner.ReadFast(html.AsMemory()))
            {
                return null;
            }

            return scanner.Result();
        }
        finally
        {
            scanner.Reset();
        }
    }

    private (string Title, string Text) Run(ReadOnlyMemory<char> html)
    {
        if (!ReadFast(html))
        {
            // Markup the fast reader does not follow: start again with AngleSharp's tokenizer.
            Reset();
            ReadWithAngleSharp(html);
        }

        return Result();
    }

    private (string Title, string Text) Result()
    {
        var title = _headingFound
            ? SearchLineWriter.Collapse(_heading, formFeed: false)
            : SearchLineWriter.Collapse(_title, formFeed: true);
        return (title, _text.ToString());
    }

    private void Reset()
    {
        // Hands the tokenizer's buffer back to AngleSharp's pool, for the next page to reuse.
        _tokenizer?.Dispose();
        _open.Clear();
        _text.Clear();
        _heading.Clear();
        _title.Clear();
        _tokenizer = null!;
        _fast = false;
        _mode = HtmlParseMode.PCData;
        _part = Part.None;
        _inPart = _bodyStarted = _mainSeen = _headingFound = _inHeading = _titleFound = _inTitle = _dropNewline = false;
        _skipDepth = _foreignDepth = _templateDepth = 0;
    }

    private void OnText(ReadOnlySpan<char> data)
    {
        if (_templateDepth > 0)
        {
            return;
        }

        if (_inTitle)
        {
            _title.Append(data);
        }

        if (!_bodyStarted)
        {
            // Text in the head (title, script, style) stays there; other text opens the body.
            if ((_open.Count > 0 && _open[^1].Name is "title" or "script" or "style" or "noscript" or "noframes")
                || data.IndexOfAnyExcept(" \t\n\f\r") < 0)
            {
                return;
            }

            StartBody(null);
        }

        if (!_inPart || (!_inHeading && _skipDepth > 0))
        {
            return;
        }

        // The tree builder drops NUL characters of ordinary text (the tokenizer replaces them elsewhere).
        var nul = Mode == HtmlParseMode.PCData ? data.IndexOf('\0') : -1;
        while (nul >= 0)
        {
            Append(data[..nul]);
            data = data[(nul + 1)..];
            nul = data.IndexOf('\0');
        }

        Append(data);
    }

    private void Append(ReadOnlySpan<char> data)
    {
        if (_inHeading)
        {
            _heading.Append(data);
        }
        else
        {
            _text.Append(data);
        }
    }

    private void OnStartTag(Tag tag)
    {
        var name = tag.Name;
        if (_templateDepth > 0)
        {
            // Template content is a separate fragment: not text, not searched for the heading or the main part.
            _templateDepth += name == "template" ? 1 : 0;
            SwitchTokenizer(name);
            return;
        }

        if (_foreignDepth > 0 && _open.Count > 0 && _open[^1].Foreign)
        {
            if (!BreaksOutOfForeign(tag))
            {
                if (!tag.SelfClosing)
                {
                    Open(tag, name, foreign: true);
                }

                return;
            }

            while (_open.Count > 0 && _open[^1].Foreign)
            {
                Pop();
            }
        }

        if (!_bodyStarted)
        {
            if (name == "body")
            {
                StartBody(tag);
                return;
            }

            if (!SearchHtmlTags.Head.Contains(name))
            {
                StartBody(null);
            }
        }

        if (InSelect() && !StartTagInSelect(name))
        {
            return;
        }

        switch (name)
        {
            case "html" or "head" or "body" or "frameset":
                return;
            case "template":
                _templateDepth = 1;
                return;
            case "image":
                name = "img";
                break;
        }

        CloseImplied(name);
        if (SearchHtmlTags.Void.Contains(name))
        {
            if (SearchHtmlTags.Blocks.Contains(name) && !IsSkipped(tag, name) && Emitting)
            {
                _text.EndLine();
            }

            return;
        }

        if (name is "svg" or "math")
        {
            if (!tag.SelfClosing)
            {
                Open(tag, name, foreign: true);
            }

            return;
        }

        Open(tag, name, foreign: false);
        if (name == "title" && !_titleFound)
        {
            _inTitle = true;
        }

        SwitchTokenizer(name);
        _dropNewline = name is "pre" or "listing" or "textarea";
    }
}
