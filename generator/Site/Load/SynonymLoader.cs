using System.Collections.Immutable;
using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Load;

/// <summary>
/// Reads the optional <c>synonyms.yml</c> at the site root: per site language, a list of groups of equivalent
/// search terms (<c>zh-Hans: [[加装电梯, 增设电梯]]</c>, <c>en: [[lift, elevator]]</c>).
/// </summary>
public static class SynonymLoader
{
    /// <summary>The file name, at the site root beside site.yml.</summary>
    public const string FileName = "synonyms.yml";

    private const string GroupExample = "[lift, elevator]";

    /// <summary>The groups, empty when there is no file; problems go to the context's diagnostics.</summary>
    public static ImmutableArray<SynonymGroup> Load(LoadContext ctx, IReadOnlyCollection<string> languages)
    {
        if (!File.Exists(ctx.Full(FileName)))
        {
            return [];
        }
        var bag = ctx.Diagnostics;
        var text = SourceFileReader.Read(ctx, FileName);
        if (text is null)
        {
            return [];
        }
        var map = YamlValues.AsMapping(YamlReader.Read(text, ctx.Options, bag), FileName, bag);
        if (map is null)
        {
            return [];
        }

        YamlValues.CheckKeys(map, languages, bag);
        var groups = ImmutableArray.CreateBuilder<SynonymGroup>();
        foreach (var entry in map.Entries)
        {
            var language = entry.Key.Value;
            if (!languages.Contains(language) || entry.Value is YScalar { IsNull: true })
            {
                continue;
            }
            if (entry.Value is not YSequence list)
            {
                YamlValues.WrongType(language, DiagnosticTexts.SynonymGroups, entry.Value, "[" + GroupExample + "]", bag);
                continue;
            }
            foreach (var item in list.Items)
            {
                if (Group(language, item, bag) is { } group)
                {
                    groups.Add(group);
                }
            }
        }
        return groups.ToImmutable();
    }

    private static SynonymGroup? Group(string language, YNode item, DiagnosticBag bag)
    {
        if (item is not YSequence seq)
        {
            // A lone term ('- lift') is a group of one, which says nothing: the same error as '- [lift]'.
            if (item is YScalar single)
            {
                bag.Report(DiagnosticCodes.SynonymGroupTooSmall, item.Start, 1, single.Value);
            }
            else
            {
                YamlValues.WrongType(language, DiagnosticTexts.SynonymGroup, item, GroupExample, bag);
            }
            return null;
        }

        var terms = new List<string>(seq.Items.Length);
        var ok = true;
        for (var i = 0; i < seq.Items.Length; i++)
        {
            if (seq.Items[i] is YScalar { IsNull: false } term && term.Value.Trim().Length > 0)
            {
                var value = term.Value.Trim();
                if (!terms.Contains(value, StringComparer.OrdinalIgnoreCase))
                {
                    terms.Add(value);
                }
                continue;
            }
            YamlValues.WrongItem(language, DiagnosticTexts.SynonymTerm, i, seq.Items[i], bag);
            ok = false;
        }
        if (!ok)
        {
            return null;
        }
        if (terms.Count < 2)
        {
            bag.Report(DiagnosticCodes.SynonymGroupTooSmall, seq.Start, terms.Count, terms.FirstOrDefault() ?? "");
            return null;
        }
        return new SynonymGroup(language, [.. terms]);
    }
}
