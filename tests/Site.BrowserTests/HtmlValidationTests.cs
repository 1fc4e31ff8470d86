using System.Diagnostics;

namespace Civic.Site.BrowserTests;

[Collection("browser")]
public sealed class HtmlValidationTests(BrowserFixture site)
{
    [Fact]
    public async Task Every_html_file_passes_html_validate_with_zero_errors()
    {
        var validator = Requirements.HtmlValidate;
        var files = Directory.GetFiles(site.OutputDir, "*.html", SearchOption.AllDirectories);
        Assert.True(files.Length > 100, $"only {files.Length} pages were built");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = site.OutputDir,
        };
        start.ArgumentList.Add(validator);
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "htmlvalidate.json"));
        start.ArgumentList.Add("--formatter");
        start.ArgumentList.Add("text");
        start.ArgumentList.Add("**/*.html");

        using var node = Process.Start(start)!;
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();

        Assert.True(node.ExitCode == 0, $"html-validate found problems in {files.Length} files:\n{await output}\n{await errors}");
    }
}
