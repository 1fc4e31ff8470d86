using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Civic.Site.Diagnostics;

namespace Civic.Site.Load;

/// <summary>
/// Reads a content file as UTF-8 text, refusing files over the size limit (before reading them), empty files
/// and invalid UTF-8 (reported at the line and column of the first bad byte).
/// </summary>
public static class SourceFileReader
{
    /// <summary>The text of <paramref name="relativePath"/>, or null after reporting why it cannot be used.</summary>
    public static SourceText? Read(LoadContext ctx, string relativePath)
    {
        var full = ctx.Full(relativePath);
        var size = new FileInfo(full).Length;
        if (size > ctx.Options.MaxFileBytes)
        {
            ctx.Diagnostics.Report(DiagnosticCodes.FileTooLarge, SourceLocation.StartOf(relativePath), size, ctx.Options.MaxFileBytes);
            return null;
        }
        return Decode(ctx, relativePath, File.ReadAllBytes(full));
    }

    /// <summary>Decodes bytes already read; see <see cref="Read"/>.</summary>
    public static SourceText? Decode(LoadContext ctx, string relativePath, byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];

        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            // The text before the bad byte is valid, so its position is exact; show the line with the bad
            // bytes replaced so the caret has something to point at.
            var valid = new SourceText(relativePath, new string(chars, 0, charsWritten));
            var location = valid.LocationAt(charsWritten);
            ctx.Sources.Add(new SourceText(relativePath, Encoding.UTF8.GetString(span)));
            var badByte = bytesRead < span.Length ? span[bytesRead] : span[^1];
            ctx.Diagnostics.Report(DiagnosticCodes.InvalidUtf8, location, badByte.ToString("X2", CultureInfo.InvariantCulture));
            return null;
        }

        var text = new SourceText(relativePath, new string(chars, 0, charsWritten));
        ctx.Sources.Add(text);
        if (string.IsNullOrWhiteSpace(text.Text))
        {
            ctx.Diagnostics.Report(DiagnosticCodes.EmptyFile, SourceLocation.StartOf(relativePath));
            return null;
        }
        return text;
    }
}
