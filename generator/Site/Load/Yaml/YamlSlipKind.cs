namespace Civic.Site.Load.Yaml;

/// <summary>The kinds of <see cref="YamlSlip"/>.</summary>
internal enum YamlSlipKind
{
    /// <summary>A tab in the whitespace that indents a line.</summary>
    TabIndent,

    /// <summary>'key:value', with no space after the colon.</summary>
    NoSpaceAfterColon,

    /// <summary>'key：value', with a full-width colon.</summary>
    FullWidthColon,
}
