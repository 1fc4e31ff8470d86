using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Unicode;
using System.Text;
using Civic.Site.Diagnostics;

namespace Civic.Site.Load;

/// <summary>
/// Reads a content file as UTF-8 text, refusing files over the size limit (before reading them), empty files
/// and invalid UTF-8 (reported at the line and column of the first bad byte).
/// </summary>
public static class SourceFileReader
{
    /// <summary>The text of <paramref name="relativePath"/>, or null after reporting why it cannot be used.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SourceText? Read(LoadContext ctx, string relativePath)
    {
        using var handle = File.OpenHandle(ctx.Full(relativePath));
        var size = RandomAccess.GetLength(handle);
        if (size > ctx.Options.MaxFileBytes)
        {
            ctx.Diagnostics.Report(DiagnosticCodes.FileTooLarge, SourceLocation.StartOf(relativePath), size, ctx.Options.MaxFileBytes);
            return null;
        }
        var buffer = ArrayPool<byte>.Shared.Rent((int)size + 1);
        try
        {
            var length = 0;
            int n;
            while (length < buffer.Length && (n = RandomAccess.Read(handle, buffer.AsSpan(length), length)) > 0) length += n;
            // The file grew since its length was taken: read it again as a whole.
            if (length == buffer.Length) return Read(ctx, relativePath);
            return Decode(ctx, relativePath, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Decodes bytes already read; see <see cref="Read"/>.</summary>
    public static SourceText? Decode(LoadContext ctx, string relativePath, byte[] bytes) =>
        Decode(ctx, relativePath, bytes.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SourceText? Decode(LoadContext ctx, string relativePath, ReadOnlySpan<byte> span)
    {
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        if (LooksLikeUtf16(span))
        {
            // No source line is kept: shown as UTF-8, it would put NUL bytes on the terminal.
            ctx.Diagnostics.Add(DiagnosticCodes.InvalidUtf8.CreateWithAlternateHint(SourceLocation.StartOf(relativePath), DiagnosticTexts.LooksLikeUtf16));
            return null;
        }
        if (Utf8.IsValid(span)) return Accept(ctx, new SourceText(relativePath, Encoding.UTF8.GetString(span)));

        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            // The text before the bad byte is valid, so its position is exact; show the line with the bad
            // bytes replaced so the caret has something to point at.
            var valid = new SourceText(relativePath, new string(chars, 0, charsWritten));
            var location = valid.LocationAt(charsWritten);
            ctx.Sources.Add(new SourceText(relativePath, Encoding.UTF8.GetString(span).Replace('\0', '\uFFFD')));
            var badByte = bytesRead < span.Length ? span[bytesRead] : span[^1];
            ctx.Diagnostics.Report(DiagnosticCodes.InvalidUtf8, location, DiagnosticTexts.BadByte(badByte));
            return null;
        }

        return Accept(ctx, new SourceText(relativePath, new string(chars, 0, charsWritten)));
    }

    /// <summary>
    /// A byte order mark of UTF-16, or (without one) NUL bytes at every other position, as UTF-16 gives text
    /// in Latin letters. Text files have no NUL bytes, so most files are passed over by one vectorised search.
    /// </summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> span)
    {
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return true;
        if (!span.Contains((byte)0)) return false;
        var head = span[..Math.Min(span.Length, 4096)];
        int even = 0, odd = 0;
        for (var i = 0; i < head.Length; i++)
        {
            if (head[i] != 0) continue;
            if (i % 2 == 0) even++;
            else odd++;
        }
        var half = head.Length / 2;
        return half > 0 && Math.Max(even, odd) * 2 >= half;
    }

    private static SourceText? Accept(LoadContext ctx, SourceText text)
    {
        ctx.Sources.Add(text);
        if (string.IsNullOrWhiteSpace(text.Text))
        {
            ctx.Diagnostics.Report(DiagnosticCodes.EmptyFile, SourceLocation.StartOf(text.Path));
            return null;
        }
        return text;
    }
}
