using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;

namespace Civic.Site.Validate;

/// <summary>Warns about an id listed twice in one reference list: the page would show the link twice.</summary>
internal static class RepeatedIdCheck
{
    public static void Run(string key, YNode node, DiagnosticBag bag)
    {
        if (node is not YSequence { Items.Length: > 1 } list) return;
        Dictionary<string, YScalar>? first = null;
        foreach (var item in list.Items)
        {
            if (item is not YScalar { IsNull: false } id) continue;
            first ??= new Dictionary<string, YScalar>(StringComparer.Ordinal);
            if (!first.TryAdd(id.Value, id))
            {
                bag.Add(DiagnosticCodes.RepeatedReference.Create(id.Start, key, id.Value).WithRelated(first[id.Value].Start, "first listed here"));
            }
        }
    }
}
