using System.Globalization;
using Civic.Site.Serve;

namespace Civic.Cli.Commands;

/// <summary><c>civic serve</c>: build, serve on 127.0.0.1 only, rebuild what changed and live-reload the open page.</summary>
public sealed class ServeCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "serve";

    /// <inheritdoc/>
    public string Summary => "build, serve on 127.0.0.1, rebuild and live-reload on change";

    /// <inheritdoc/>
    public string Arguments => "";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("port", "port on 127.0.0.1 (default 8080; 0 picks a free one)", "N"),
        BuildArguments.Out,
        BuildArguments.Drafts,
    ];

    /// <inheritdoc/>
    public int Run(ParsedArgs args, CliContext ctx)
    {
        var parsed = BuildArguments.Parse(args, ctx);
        var portText = args.Value("port") ?? "8080";
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            throw new UsageException($"--port must be a number from 0 to 65535, got '{portText}'");
        }

        // Links in a served site must point at the local server, whatever base_url site.yml gives: absolute ones
        // (downloads, citations, canonical) too, so the port is chosen before the first build writes them.
        if (port == 0 && parsed.BaseUrl is null)
        {
            port = FreePort();
        }

        var options = parsed with { BaseUrl = parsed.BaseUrl ?? string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/") };
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        return RunAsync(options, port, ctx.Out, ctx.Error, stop.Token).GetAwaiter().GetResult();
    }

    /// <summary>A port nobody listens on now; the server binds it right after the first build.</summary>
    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task<int> RunAsync(Civic.Site.BuildOptions options, int port, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        void Report(Civic.Site.BuildResult result, TimeSpan elapsed)
        {
            DiagnosticPrinter.Print(result.Diagnostics, options.Root, Civic.Site.Diagnostics.DiagnosticFormat.Text, stderr);
            stdout.WriteLine(result.Succeeded
                ? string.Create(CultureInfo.InvariantCulture, $"built {result.PageCount} pages ({result.RenderedCount} rendered) in {elapsed.TotalMilliseconds:F0} ms")
                : "build failed; the errors are shown in the browser");
            stdout.Flush();
        }

        try
        {
            await using var server = await SiteServer.StartAsync(options, port, Report).ConfigureAwait(false);
            stdout.WriteLine("serving " + server.Server.Address + " (Ctrl+C to stop)");
            stdout.Flush();
            await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C.
        }
        catch (IOException e)
        {
            stderr.WriteLine("error: cannot listen on 127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture) + ": " + e.Message);
            return ExitCodes.Usage;
        }

        return 0;
    }
}
