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

    /// <summary>The implicit end tags a start tag causes.</summary>
    private void CloseImplied(string name)
    {
        switch (name)
        {
            case "li":
                CloseListItem("li", "li");
                break;
            case "dd" or "dt":
                CloseListItem("dd", "dt");
                break;
        }

        if (SearchHtmlTags.ClosesParagraph.Contains(name) && InScope("p", "button"))
        {
            PopTo(IndexOf("p"));
        }

        if (SearchHtmlTags.IsHeading(name) && _open.Count > 0 && SearchHtmlTags.IsHeading(_open[^1].Name))
        {
            Pop();
        }

        switch (name)
        {
            case "button" when InScope("button"):
                PopTo(IndexOf("button"));
                break;
            case "a" or "nobr" when IndexOf(name) is var open && open >= 0 && !Crosses(open, "table", "td", "th"):
                CloseFormatting(name);
                break;
            case "td" or "th":
                CloseInTable("td", "th");
                break;
            case "tr":
                CloseInTable("tr");
                break;
            case "tbody" or "thead" or "tfoot":
                CloseInTable("tbody", "thead", "tfoot");
                break;
            case "rb" or "rtc":
                while (_open.Count > 0 && _open[^1].Name is "rb" or "rp" or "rt" or "rtc")
                {
                    Pop();
                }

                break;
            case "rp" or "rt":
                while (_open.Count > 0 && _open[^1].Name is "rb" or "rp" or "rt")
                {
                    Pop();
                }

                break;
        }
    }

    private void CloseListItem(string first, string second)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var open = _open[i].Name;
            if (open == first || open == second)
            {
                PopTo(i);
                return;
            }

            if (SearchHtmlTags.Special.Contains(open) && open is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    // A new cell, row or row group closes the open one of its kind (and what it holds) inside the nearest table.
    private void CloseInTable(params ReadOnlySpan<string> names)
    {
        for (var i = _open.Count - 1; i >= 0 && _open[i].Name is not ("table" or "template"); i--)
        {
            if (names.Contains(_open[i].Name))
            {
                PopTo(i);
                return;
            }
        }
    }

    private bool InSelect()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Name == "select")
            {
                return true;
            }

            if (!_open[i].Name.StartsWith("opt", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    // Inside a select only options (and the few tags that end it) count; the select is never indexed anyway.
    private bool StartTagInSelect(string name)
    {
        switch (name)
        {
            case "option":
                if (_open[^1].Name == "option")
                {
                    Pop();
                }

                return true;
            case "optgroup":
                while (_open[^1].Name is "option" or "optgroup")
                {
                    Pop();
                }

                return true;
            case "select":
                PopTo(IndexOf("select"));
                return false;
            case "input" or "keygen" or "textarea":
                PopTo(IndexOf("select"));
                return true;
            case "script" or "template":
                return true;
            default:
                return false;
        }
    }
}
