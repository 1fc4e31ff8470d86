namespace Civic.Site.Emit.Search;

internal sealed partial class SearchTextScanner
{
    private static readonly string[] ImpliedEnd = ["dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc"];

    private static readonly string[] Formatting =
        ["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];

    private void OnEndTag(string name)
    {
        if (_templateDepth > 0)
        {
            _templateDepth -= name == "template" ? 1 : 0;
            return;
        }

        if (_foreignDepth > 0)
        {
            for (var i = _open.Count - 1; i >= 0 && _open[i].Foreign; i--)
            {
                if (string.Equals(_open[i].Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    PopTo(i);
                    return;
                }
            }
        }

        if (!_bodyStarted)
        {
            if (name is "body" or "html" or "br")
            {
                StartBody(null);
            }
            else
            {
                if (_open.Count > 0 && _open[^1].Name == name)
                {
                    Pop();
                }

                if (name == "title")
                {
                    EndTitle();
                }

                return;
            }
        }

        if (InSelect())
        {
            if (name == "select" || (name is "option" or "optgroup" && _open[^1].Name == name))
            {
                PopTo(name == "select" ? IndexOf("select") : _open.Count - 1);
            }

            return;
        }

        if (name == "title")
        {
            EndTitle();
        }

        switch (name)
        {
            case "body" or "html" or "template":
                return;
            case "br":
                if (Emitting)
                {
                    _text.EndLine();
                }

                return;
            case "p":
                if (InScope("p", "button"))
                {
                    PopTo(IndexOf("p"));
                }
                else if (Emitting)
                {
                    // An end tag without a start makes an empty paragraph, which still ends the line.
                    _text.EndLine();
                }

                return;
            case "li":
                if (InScope("li", "ol", "ul"))
                {
                    PopTo(IndexOf("li"));
                }

                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                for (var i = _open.Count - 1; i >= 0 && !SearchHtmlTags.ScopeBoundaries.Contains(_open[i].Name); i--)
                {
                    if (SearchHtmlTags.IsHeading(_open[i].Name))
                    {
                        PopTo(i);
                        return;
                    }
                }

                return;
        }

        if (Array.IndexOf(Formatting, name) >= 0)
        {
            CloseFormatting(name);
        }
        else if (name is "table" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption")
        {
            // Table scope: cells do not hide the table they are in.
            var index = IndexOf(name);
            if (index >= 0 && (name == "table" || !Crosses(index, "table")))
            {
                PopTo(index);
            }
        }
        else if (name is "dd" or "dt" || SearchHtmlTags.ClosedByEndTag.Contains(name))
        {
            if (InScope(name))
            {
                PopTo(IndexOf(name));
            }
        }
        else
        {
            for (var i = _open.Count - 1; i >= 0; i--)
            {
                if (_open[i].Name == name)
                {
                    PopTo(i);
                    return;
                }

                if (SearchHtmlTags.Special.Contains(_open[i].Name))
                {
                    return;
                }
            }
        }
    }

    private void EndTitle()
    {
        if (_inTitle)
        {
            _inTitle = false;
            _titleFound = true;
        }
    }

    // Misnested formatting (<b><p>x</b>) is repaired by the tree builder without closing the block: drop only the
    // formatting element then. Its clones keep the text order, which is all the index sees.
    private void CloseFormatting(string name)
    {
        var blockAbove = false;
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Name == name)
            {
                if (blockAbove)
                {
                    var removed = _open[i];
                    _open.RemoveAt(i);
                    Forget(removed);
                }
                else
                {
                    PopTo(i);
                }

                return;
            }

            if (SearchHtmlTags.ScopeBoundaries.Contains(_open[i].Name))
            {
                return;
            }

            blockAbove |= SearchHtmlTags.Special.Contains(_open[i].Name);
        }
    }
}
