using System.Globalization;
using Civic.Site.Serve;

namespace Civic.Cli.Commands;

/// <summary><c>civic serve [--port N] [--drafts] [--root DIR] [--out DIR]</c>: build, serve on 127.0.0.1, rebuild and reload on change.</summary>
public static class ServeCommand
{
    public const string Usage = "usage: civic serve [--port N] [--drafts] [--root DIR] [--out DIR]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (!BuildArguments.TryParse(args, allowPort: true, out var parsed, out var error))
        {
            stderr.WriteLine("error: " + error);
            stderr.WriteLine(Usage);
            return 2;
        }

        if (!File.Exists(Path.Combine(parsed.Options.Root, "site.yml")))
        {
            stderr.WriteLine($"error: no site.yml in {parsed.Options.Root}");
            return 2;
        }

        // Links in a served site must point at the local server, whatever base_url site.yml gives.
        var options = parsed.Options with { BaseUrl = parsed.Options.BaseUrl ?? "http://127.0.0.1/" };
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

        return RunAsync(options, parsed.Port, stdout, stderr, stop.Token).GetAwaiter().GetResult();
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
            return 2;
        }

        return 0;
    }
}
