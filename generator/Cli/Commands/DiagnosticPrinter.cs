using System.Collections.Immutable;
using System.Globalization;
using Civic.Site.Diagnostics;

namespace Civic.Cli.Commands;

/// <summary>Prints diagnostics with their source lines, followed by a count.</summary>
public static class DiagnosticPrinter
{
    public static void Print(ImmutableArray<Diagnostic> diagnostics, string root, DiagnosticFormat format, TextWriter writer)
    {
        if (diagnostics.IsEmpty)
        {
            return;
        }

        var sources = new SourceTextSet();
        AddSources(sources, diagnostics, root);
        writer.Write(DiagnosticFormatter.Format(diagnostics, format, sources));
        var errors = diagnostics.Count(d => d.IsError);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{errors} error(s), {diagnostics.Length - errors} warning(s)"));
    }

    /// <summary>Reads the files the diagnostics point at that <paramref name="sources"/> does not hold yet, to show their lines.</summary>
    public static void AddSources(SourceTextSet sources, IEnumerable<Diagnostic> diagnostics, string root)
    {
        foreach (var path in diagnostics.Select(d => d.Location.Path).Distinct().Where(p => sources.Find(p) is null))
        {
            var full = Path.Combine(root, path);
            if (File.Exists(full))
            {
                sources.Add(new SourceText(path, File.ReadAllText(full)));
            }
        }
    }
}
