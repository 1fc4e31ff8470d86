namespace Civic.Site.BrowserTests;

/// <summary>One build, one server and one browser for every browser test class.</summary>
[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
