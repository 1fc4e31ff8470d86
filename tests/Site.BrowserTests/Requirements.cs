using Civic.TestKit;

namespace Civic.Site.BrowserTests;

/// <summary>What the browser tests need from the machine; each missing piece fails with the command that fixes it.</summary>
internal static class Requirements
{
    public const string Chromium = "/usr/bin/chromium";

    public static string AxeScript => Need(RepoPaths.Combine("node_modules", "axe-core", "axe.min.js"), "run `npm ci` at the repository root");

    public static string HtmlValidate => Need(RepoPaths.Combine("node_modules", "html-validate", "bin", "html-validate.mjs"), "run `npm ci` at the repository root");

    public static string Browser => Need(Chromium, "install it: apt-get install -y chromium fonts-wqy-microhei");

    private static string Need(string path, string fix) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: {fix}");
}
