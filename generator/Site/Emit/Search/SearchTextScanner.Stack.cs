namespace Civic.Site.Emit.Search;

// The stack of open elements: what is in scope, and what opening or closing an element changes in the text.
internal sealed partial class SearchTextScanner
{
    private bool InScope(string name, params ReadOnlySpan<string> boundaries)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var open = _open[i].Name;
            if (open == name)
            {
                return true;
            }

            if (SearchHtmlTags.ScopeBoundaries.Contains(open) || boundaries.Contains(open) || _open[i].Foreign)
            {
                return false;
            }
        }

        return false;
    }

    private bool Crosses(int index, params ReadOnlySpan<string> names)
    {
        for (var i = _open.Count - 1; i > index; i--)
        {
            if (names.Contains(_open[i].Name))
            {
                return true;
            }
        }

        return false;
    }

    private int IndexOf(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private void Open(Tag tag, string name, bool foreign)
    {
        var element = new OpenElement(name, SearchHtmlTags.Blocks.Contains(name), IsSkipped(tag, name), false, false, foreign);
        if (_templateDepth == 0 && !foreign && tag.Has(TagAttributes.SearchBody) && _part != Part.Marked)
        {
            StartPart(Part.Marked);
            element = element with { Skip = false, Part = true };
        }
        else if (name == "main" && !foreign && !_mainSeen && _part != Part.Marked)
        {
            StartPart(Part.Main);
            element = element with { Skip = false, Part = true };
        }
        else if (name == "h1" && !foreign && _inPart && !_headingFound)
        {
            // The heading is the page's title and is left out of the text, with its line breaks.
            element = element with { Heading = true };
            _headingFound = true;
        }

        if (element.Block && !element.Skip && !element.Heading && Emitting)
        {
            _text.EndLine();
        }

        _open.Add(element);
        _skipDepth += element.Skip ? 1 : 0;
        _inHeading |= element.Heading;
        _foreignDepth += foreign ? 1 : 0;
    }

    private void PopTo(int index)
    {
        while (index >= 0 && _open.Count > index)
        {
            Pop();
        }
    }

    private void Pop()
    {
        var element = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        Forget(element);
        if (element.Block && !element.Skip && !element.Heading && Emitting)
        {
            _text.EndLine();
        }
    }

    private void Forget(OpenElement element)
    {
        _skipDepth -= element.Skip ? 1 : 0;
        _foreignDepth -= element.Foreign ? 1 : 0;
        _inHeading &= !element.Heading;
        _inPart &= !element.Part;
    }

    /// <param name="Skip">Starts a skipped region that counts in the current part.</param>
    /// <param name="Heading">The part's first h1.</param>
    /// <param name="Part">The element whose content is indexed.</param>
    private readonly record struct OpenElement(string Name, bool Block, bool Skip, bool Heading, bool Part, bool Foreign);
}
