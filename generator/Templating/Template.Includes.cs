using Civic.Templating.Runtime;

namespace Civic.Templating;

/// <summary>
/// The templates this one has included, per options: a repeated include (one per card of a list) finds its
/// template without resolving the name again. Only a memo of the options' loader, which is taken as fixed; the
/// array is replaced whole, so renders on other threads always read a consistent list.
/// </summary>
public sealed partial class Template
{
    private const int MaxIncludeLinks = 32;

    private IncludeLink[] _includeLinks = [];

    internal Template? FindInclude(TemplateOptions options, string name)
    {
        foreach (var link in Volatile.Read(ref _includeLinks))
        {
            if (ReferenceEquals(link.Options, options) && string.Equals(link.Name, name, StringComparison.Ordinal))
            {
                return link.Target;
            }
        }

        return null;
    }

    internal void RememberInclude(TemplateOptions options, string name, Template target)
    {
        while (true)
        {
            var current = Volatile.Read(ref _includeLinks);
            if (current.Length >= MaxIncludeLinks)
            {
                return;
            }

            var next = new IncludeLink[current.Length + 1];
            current.CopyTo(next, 0);
            next[^1] = new IncludeLink(options, name, target);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _includeLinks, next, current), current))
            {
                return;
            }
        }
    }

    private sealed record IncludeLink(TemplateOptions Options, string Name, Template Target);
}
