using System.Runtime.InteropServices;
using System.Text;

namespace Civic.Site.Emit;

/// <summary>
/// Makes folders and writes new files with the bare system calls on Linux: <c>mkdir</c>; <c>open</c>, <c>write</c>,
/// <c>close</c>. A .NET file handle adds an <c>fstat</c> and an <c>lseek</c> to each file, and
/// <see cref="Directory.CreateDirectory(string)"/> a <c>stat</c> before each folder: a large site writes 35,000 files in
/// 27,000 folders, and on a virtual machine each call into the kernel is dear. Elsewhere, or if the C library cannot
/// be reached, the .NET calls do the same work.
/// </summary>
public static class DirectFiles
{
    // The generic Linux values, shared by x64 and arm64 (not by every architecture Linux runs on).
    private const int WriteOnly = 0x1;
    private const int Create = 0x40;
    private const int Truncate = 0x200;
    private const int CloseOnExec = 0x80000;
    private const int NoSuchEntry = 2;
    private const int Interrupted = 4;
    private const int Exists = 17;
    private const int PathBufferBytes = 1024;

    private static volatile bool s_usable = OperatingSystem.IsLinux()
        && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary>Whether the system calls are used (until one of them cannot be reached), rather than .NET's.</summary>
    public static bool UsesSystemCalls => s_usable;

    /// <summary>As <see cref="Directory.CreateDirectory(string)"/>: makes the folder and any missing parent.</summary>
    public static void CreateFolder(string path)
    {
        if (!s_usable || !TryCreateFolder(path))
        {
            Directory.CreateDirectory(path);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> as the whole file at <paramref name="path"/>, whose folder exists.</summary>
    public static void WriteFile(string path, ReadOnlySpan<byte> bytes)
    {
        if (s_usable && TryWriteFile(path, bytes))
        {
            return;
        }

        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
    }

    private static bool TryCreateFolder(string path)
    {
        int result;
        try
        {
            Span<byte> buffer = stackalloc byte[PathBufferBytes];
            result = MakeFolder(ref MemoryMarshal.GetReference(NativePath(path, buffer)), 0x1FF /* 0777, less the umask */);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_usable = false;
            return false;
        }

        if (result == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        if (error == Exists)
        {
            return true;
        }

        var parent = Path.GetDirectoryName(path);
        if (error == NoSuchEntry && parent is not null && parent != path)
        {
            CreateFolder(parent);
            return TryCreateFolder(path);
        }

        // Let .NET report it, with its own wording for the error.
        return false;
    }

    private static bool TryWriteFile(string path, ReadOnlySpan<byte> bytes)
    {
        int fd;
        try
        {
            Span<byte> buffer = stackalloc byte[PathBufferBytes];
            fd = Open(ref MemoryMarshal.GetReference(NativePath(path, buffer)), WriteOnly | Create | Truncate | CloseOnExec, 0x1B6 /* 0666 */);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_usable = false;
            return false;
        }

        if (fd < 0)
        {
            return false;
        }

        try
        {
            while (!bytes.IsEmpty)
            {
                var written = Write(fd, ref MemoryMarshal.GetReference(bytes), (nuint)bytes.Length);
                if (written < 0)
                {
                    var error = Marshal.GetLastPInvokeError();
                    if (error == Interrupted)
                    {
                        continue;
                    }

                    throw new IOException($"Could not write '{path}': {Marshal.GetPInvokeErrorMessage(error)}.");
                }

                if (written == 0)
                {
                    // A regular file never takes nothing; rather than wait on it, say so.
                    throw new IOException($"Could not write '{path}': the file system took no bytes.");
                }

                bytes = bytes[(int)written..];
            }
        }
        finally
        {
            Close(fd);
        }

        return true;
    }

    /// <summary>The path as the C library takes it: UTF-8, ending in a zero byte; in <paramref name="buffer"/> if it fits.</summary>
    private static Span<byte> NativePath(string path, Span<byte> buffer)
    {
        var length = Encoding.UTF8.GetMaxByteCount(path.Length) + 1;
        var bytes = length <= buffer.Length ? buffer : new byte[length];
        var used = Encoding.UTF8.GetBytes(path, bytes);
        bytes[used] = 0;
        return bytes[..(used + 1)];
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(ref byte path, int flags, int mode);

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint Write(int fd, ref byte buffer, nuint count);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);

    [DllImport("libc", EntryPoint = "mkdir", SetLastError = true)]
    private static extern int MakeFolder(ref byte path, int mode);
}
