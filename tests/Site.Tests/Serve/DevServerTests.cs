using System.Net;
using System.Net.Sockets;
using System.Text;
using Civic.Site.Serve;

namespace Civic.Site.Tests.Serve;

public sealed class DevServerTests : IAsyncLifetime
{
    private readonly string _parent = Directory.CreateTempSubdirectory("civic-serve-").FullName;
    private DevServer _server = null!;
    private string? _errors;
    private Dictionary<string, byte[]> _memory = [];

    private string Root => Path.Combine(_parent, "_site");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Root, "stories", "a"));
        File.WriteAllText(Path.Combine(Root, "index.html"), "<!doctype html><html><body><h1>首页</h1></body></html>");
        File.WriteAllText(Path.Combine(Root, "404.html"), "<!doctype html><html><body>not here</body></html>");
        File.WriteAllText(Path.Combine(Root, "stories", "a", "index.html"), "<!doctype html><html><body>story</body></html>");
        File.WriteAllText(Path.Combine(Root, "site.css"), "body{}");
        File.WriteAllText(Path.Combine(_parent, "secret.txt"), "SECRET");
        _server = await DevServer.StartAsync(() => Root, 0, () => _errors, pages: p => _memory.GetValueOrDefault(p));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_parent, recursive: true);
    }

    /// <summary>Sends the request line as written: HttpClient would normalise the very paths under test.</summary>
    private async Task<(int Status, string Body)> RawGetAsync(string target)
    {
        var uri = new Uri(_server.Address);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port);
        await using var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    [Fact]
    public void It_listens_on_the_loopback_address_only()
    {
        Assert.StartsWith("http://127.0.0.1:", _server.Address);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/stories/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/stories/%00/index.html")]
    public async Task Requests_outside_the_output_folder_are_refused(string target)
    {
        var (status, body) = await RawGetAsync(target);

        Assert.DoesNotContain("SECRET", body);
        Assert.True(status is 400 or 404, $"{target} gave {status}");
    }

    [Fact]
    public async Task Pages_are_served_with_the_live_reload_script_and_files_as_they_are()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_server.Address) };

        var home = await http.GetStringAsync("/");
        var css = await http.GetAsync("/site.css");

        Assert.Contains("首页", home);
        Assert.Contains(LiveReloadScript.Tag + "</body>", home);
        Assert.Equal("body{}", await css.Content.ReadAsStringAsync());
        Assert.StartsWith("text/css", css.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task A_missing_page_answers_404_with_the_sites_404_page_and_a_folder_redirects_to_its_slash()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_server.Address) };

        var missing = await http.GetAsync("/stations/nowhere/");
        var folder = await http.GetAsync("/stories/a");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("not here", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/stories/a/", folder.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_missing_page_under_a_language_folder_gets_that_languages_404_page()
    {
        Directory.CreateDirectory(Path.Combine(Root, "en"));
        File.WriteAllText(Path.Combine(Root, "en", "404.html"), "<!doctype html><html lang=\"en\"><body>Page not found</body></html>");
        using var http = new HttpClient { BaseAddress = new Uri(_server.Address) };

        var english = await http.GetAsync("/en/stations/nowhere/");
        var chinese = await http.GetAsync("/stations/nowhere/");

        Assert.Equal(HttpStatusCode.NotFound, english.StatusCode);
        Assert.Contains("Page not found", await english.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, chinese.StatusCode);
        Assert.Contains("not here", await chinese.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_given_from_memory_are_served_before_the_folder_has_them()
    {
        _memory = new() { ["stories/a/index.html"] = Encoding.UTF8.GetBytes("<html><body>新的</body></html>"), ["stories/b/index.html"] = Encoding.UTF8.GetBytes("<html><body>新页</body></html>") };
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_server.Address) };

        var changed = await http.GetStringAsync("/stories/a/");
        var added = await http.GetStringAsync("/stories/b/");
        var folder = await http.GetAsync("/stories/b");
        var home = await http.GetStringAsync("/");

        Assert.Contains("新的" + LiveReloadScript.Tag, changed);
        Assert.Contains("新页", added);
        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/stories/b/", folder.Headers.Location!.ToString());
        Assert.Contains("首页", home);
    }

    [Fact]
    public async Task The_errors_of_a_failed_build_are_shown_on_the_page()
    {
        _errors = "content/stories/a.md:3:1: error CIV2101: missing required key 'title'";
        using var http = new HttpClient { BaseAddress = new Uri(_server.Address) };

        var home = await http.GetStringAsync("/");

        Assert.Contains("id=\"civic-build-errors\"", home);
        Assert.Contains("missing required key &#39;title&#39;", home);
    }

    [Fact]
    public async Task Open_pages_receive_a_reload_event_after_a_build()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_server.Address), Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.GetAsync(LiveReloadScript.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());
        await reader.ReadLineAsync();

        _server.Hub.Reload();

        Assert.Equal("event: reload", await reader.ReadLineAsync());
    }
}
