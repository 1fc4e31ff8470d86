namespace Civic.Site.Emit.Search;

// End tags the tree builder implies: by a start tag, in lists, tables and selects.
internal sealed partial class SearchTextScanner
{
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
