using System.Diagnostics;
using System.Text.RegularExpressions;
using Civic.TestKit;

namespace Civic.Cli.Tests.Commands;

public sealed partial class ServeCommandTests
{
    [Fact]
    public async Task Absolute_links_of_served_pages_point_at_the_port_it_listens_on()
    {
        using var site = TempSite.CopyOfRepositorySite();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "civic.dll"), "serve", "--root", site.Root, "--port", "0", "--out", Path.Combine(site.Root, "_serve") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var serve = Process.Start(start)!;
        try
        {
            string? address = null;
            while (address is null && await serve.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) is { } line)
            {
                address = line.StartsWith("serving ", StringComparison.Ordinal) ? line.Split(' ')[1] : null;
            }

            Assert.NotNull(address);
            Assert.Matches(@"^http://127\.0\.0\.1:\d+/$", address);
            using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
            var html = await http.GetStringAsync("data/stations/");

            Assert.Contains($"<link rel=\"canonical\" href=\"{address}data/stations/\">", html);
            var downloads = CsvLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(downloads);
            Assert.All(downloads, href => Assert.True(!href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith(address, StringComparison.Ordinal), href));
            Assert.DoesNotContain("http://127.0.0.1/", html);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
        }
    }

    [GeneratedRegex("href=\"([^\"]*stations\\.csv)\"")]
    private static partial Regex CsvLink();
}
