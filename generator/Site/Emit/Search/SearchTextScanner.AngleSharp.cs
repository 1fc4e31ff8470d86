using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Civic.Site.Emit.Search;

// The reading of any page with AngleSharp's tokenizer, for markup the scanner's own reader does not follow.
internal sealed partial class SearchTextScanner
{
    private HtmlTokenizer _tokenizer = null!;

    // The tokenizer state the tree builder would set, on whichever reader is running.
    private HtmlParseMode Mode
    {
        get => _fast ? _mode : _tokenizer.State;
        set
        {
            if (_fast)
            {
                _mode = value;
            }
            else
            {
                _tokenizer.State = value;
            }
        }
    }

    // Attributes nobody reads (classes, links) are never made into strings.
    private static bool KeepAttribute(ref StructHtmlToken token, ReadOnlyMemory<char> name) =>
        name.Span is "data-search-body" or "data-search-ignore" or "hidden" or "color" or "face" or "size";

    private static Tag ReadTag(ref StructHtmlToken token)
    {
        var attributes = TagAttributes.None;
        var list = token.Attributes;
        for (var i = 0; i < list.Count; i++)
        {
            attributes |= AttributeOf(list[i].Name);
        }

        return new Tag(SearchHtmlTags.NameOf(token.Name), token.IsSelfClosing, attributes);
    }

    private void ReadWithAngleSharp(ReadOnlyMemory<char> html)
    {
        // A read-only source reads the page in place (the default copies it into a pooled StringBuilder).
        _tokenizer = new HtmlTokenizer(new TextSource(new ReadOnlyMemoryTextSource(html)), HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
            SkipProcessingInstructions = true,
            ShouldEmitAttribute = KeepAttribute,
        };
        for (var token = _tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile && !Finished; token = _tokenizer.GetStructToken())
        {
            switch (token.Type)
            {
                case HtmlTokenType.Character:
                    TextToken(token.Data);
                    break;
                case HtmlTokenType.StartTag:
                    StartTagToken(ReadTag(ref token));
                    break;
                case HtmlTokenType.EndTag:
                    EndTagToken(SearchHtmlTags.NameOf(token.Name));
                    break;
                default:
                    _dropNewline = false;
                    break;
            }

            _tokenizer.IsAcceptingCharacterData = _open.Count > 0 && _open[^1].Foreign;
        }
    }
}
