using System.IO.Enumeration;
using Civic.Site.Diagnostics;

namespace Civic.Site.Load;

/// <summary>
/// Lists the files of a content folder that are read (<c>*.md</c> in content/stories, <c>*.yml</c> in a dataset
/// folder), and reports every other file an editor meant as content: a wrong spelling of the extension, a file in
/// a subfolder, a folder named like a file. Without this, such a record or story would vanish from the site
/// while <c>check</c> says all is well.
/// </summary>
internal static class ContentFolder
{
    // Extensions an editor may have meant as content; anything else (images, .gitkeep, backups such as x.md~)
    // is not content and stays quiet.
    private static readonly string[] ContentExtensions = [".md", ".markdown", ".yml", ".yaml"];

    /// <summary>What a folder holds: its extension (".md" or ".yml") and the name of one file of it ("a story").</summary>
    public readonly record struct Kind(string Extension, string Singular, string Plural);

    /// <summary>Stories.</summary>
    public static readonly Kind Markdown = new(".md", "story", "stories");

    /// <summary>Pages.</summary>
    public static readonly Kind Page = new(".md", "page", "pages");

    /// <summary>Records of a dataset.</summary>
    public static readonly Kind Record = new(".yml", "record", "records");

    /// <summary>
    /// The names of the files of <paramref name="folder"/> (relative to the root) to read, in ordinal order,
    /// leaving out <paramref name="except"/>; every misplaced content file is reported.
    /// </summary>
    public static List<string> List(LoadContext ctx, string folder, Kind kind, string? except = null)
    {
        var read = new List<string>();
        var misplaced = new List<(string Name, bool IsDirectory)>();
        foreach (var (name, isDirectory) in Entries(ctx.Full(folder)))
        {
            if (IsHidden(name)) continue;
            if (!isDirectory && name.EndsWith(kind.Extension, StringComparison.Ordinal))
            {
                if (name != except) read.Add(name);
            }
            else
            {
                misplaced.Add((name, isDirectory));
            }
        }
        read.Sort(StringComparer.Ordinal);
        if (misplaced.Count == 0) return read;

        var taken = new HashSet<string>(read, StringComparer.Ordinal);
        if (except is not null) taken.Add(except);
        misplaced.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var (name, isDirectory) in misplaced)
        {
            var path = $"{folder}/{name}";
            if (isDirectory)
            {
                if (IsContentName(name))
                {
                    ctx.Diagnostics.Report(DiagnosticCodes.FileNotRead, SourceLocation.StartOf(path + "/"),
                        DiagnosticTexts.FolderNotFile(name, kind.Singular), DiagnosticTexts.FolderNotFileHint(path, kind.Singular));
                }
                ReportSubfolder(ctx, folder, path, kind, taken);
            }
            else if (IsContentName(name))
            {
                var renamed = Renamed(name, kind);
                var hint = renamed is null
                    ? DiagnosticTexts.OtherKindHint(folder, kind.Singular)
                    : taken.Contains(renamed) ? DiagnosticTexts.RenameTaken($"{folder}/{renamed}") : DiagnosticTexts.Rename(renamed);
                ctx.Diagnostics.Report(DiagnosticCodes.FileNotRead, SourceLocation.StartOf(path),
                    DiagnosticTexts.OnlyExtension(kind.Extension, kind.Plural), hint);
            }
        }
        return read;
    }

    /// <summary>A content file in a subfolder is not read: only the folder itself is.</summary>
    private static void ReportSubfolder(LoadContext ctx, string folder, string subfolder, Kind kind, HashSet<string> taken)
    {
        var entries = Entries(ctx.Full(subfolder)).Where(e => !IsHidden(e.Name)).OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (var (name, isDirectory) in entries)
        {
            var path = $"{subfolder}/{name}";
            if (isDirectory)
            {
                ReportSubfolder(ctx, folder, path, kind, taken);
                continue;
            }
            if (!IsContentName(name)) continue;
            var target = Renamed(name, kind) ?? name;
            var hint = taken.Contains(target) ? DiagnosticTexts.RenameTaken($"{folder}/{target}") : DiagnosticTexts.MoveTo($"{folder}/{target}");
            ctx.Diagnostics.Report(DiagnosticCodes.FileNotRead, SourceLocation.StartOf(path), DiagnosticTexts.InSubfolder(kind.Plural, folder), hint);
        }
    }

    /// <summary>
    /// The name with the extension <paramref name="kind"/> reads when the file's extension is another spelling of it
    /// (<c>.yaml</c>, <c>.YML</c> for records; <c>.MD</c>, <c>.markdown</c> for stories), else null.
    /// </summary>
    private static string? Renamed(string name, Kind kind)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var stem = Path.GetFileNameWithoutExtension(name);
        var same = kind.Extension == ".md" ? extension is ".md" or ".markdown" : extension is ".yml" or ".yaml";
        return same && stem.Length > 0 ? stem + kind.Extension : null;
    }

    /// <summary>True for a name ending in a spelling of .md, .markdown, .yml or .yaml.</summary>
    public static bool IsContentName(string name)
    {
        var extension = Path.GetExtension(name);
        foreach (var e in ContentExtensions)
        {
            if (extension.Equals(e, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Hidden files and folders are not content: editors keep lock files (<c>.#story.md</c>) and copies there, and serve's watcher ignores them too.</summary>
    public static bool IsHidden(string name) => name.StartsWith('.');

    /// <summary>The entries of a folder, each with whether it is a folder (from the directory listing, no stat per file).</summary>
    public static IEnumerable<(string Name, bool IsDirectory)> Entries(string full) =>
        !Directory.Exists(full)
            ? []
            : new FileSystemEnumerable<(string, bool)>(full, static (ref FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory),
                new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 });
}
