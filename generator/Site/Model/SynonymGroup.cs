using System.Collections.Immutable;

namespace Civic.Site.Model;

/// <summary>Terms that search treats as the same, from <c>synonyms.yml</c>; see docs/content-model.md.</summary>
/// <param name="Language">The site language the group was listed under.</param>
/// <param name="Terms">Two or more terms, as written.</param>
public sealed record SynonymGroup(string Language, ImmutableArray<string> Terms);
