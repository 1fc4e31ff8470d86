using System.Globalization;
using Civic.Site;
using Civic.Site.Diagnostics;

namespace Civic.Cli.Commands;

/// <summary>The options shared by <c>build</c> and <c>serve</c>.</summary>
public sealed record BuildArguments(BuildOptions Options, DiagnosticFormat Format, int Port)
{
    public static bool TryParse(string[] args, bool allowPort, out BuildArguments parsed, out string error)
    {
        string root = Directory.GetCurrentDirectory();
        string? output = null;
        string? baseUrl = null;
        var drafts = false;
        var format = DiagnosticFormat.Text;
        var port = 8080;
        parsed = null!;
        error = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string? Value()
            {
                if (i + 1 < args.Length)
                {
                    return args[++i];
                }

                return null;
            }

            switch (arg)
            {
                case "--drafts":
                    drafts = true;
                    break;
                case "--out" or "--root" or "--base-url" or "--format" or "--port" when i + 1 >= args.Length:
                    error = $"option '{arg}' needs a value";
                    return false;
                case "--out":
                    output = Value();
                    break;
                case "--root":
                    root = Value()!;
                    break;
                case "--base-url":
                    baseUrl = Value();
                    if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                    {
                        error = $"--base-url must be an absolute http(s) URL, got '{baseUrl}'";
                        return false;
                    }

                    break;
                case "--format":
                    var f = Value();
                    if (f is not ("text" or "github"))
                    {
                        error = $"--format must be text or github, got '{f}'";
                        return false;
                    }

                    format = f == "github" ? DiagnosticFormat.Github : DiagnosticFormat.Text;
                    break;
                case "--port" when allowPort:
                    var p = Value();
                    if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535)
                    {
                        error = $"--port must be a number from 0 to 65535, got '{p}'";
                        return false;
                    }

                    break;
                default:
                    error = $"unknown argument '{arg}'";
                    return false;
            }
        }

        root = Path.GetFullPath(root);
        if (output is not null)
        {
            var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
            if (root.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal) || root == full)
            {
                error = $"--out '{output}' would replace the site itself; choose a folder inside or beside it";
                return false;
            }
        }

        parsed = new BuildArguments(new BuildOptions(root, output is null ? null : Path.GetFullPath(output), baseUrl, drafts), format, port);
        return true;
    }
}
