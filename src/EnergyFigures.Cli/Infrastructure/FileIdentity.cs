using System.Runtime.InteropServices;

namespace EnergyFigures.Cli;

/// <summary>The kind of thing a path names, after following every link.</summary>
internal enum FileKind
{
    /// <summary>Nothing exists there (or it cannot be reached).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>Something else: a character device (a terminal, <c>/dev/null</c>), a pipe, a socket.</summary>
    Other,

    /// <summary>It exists, but its kind is not known on this platform (no <c>stat</c>).</summary>
    Unknown,
}

/// <summary>
/// What a path names on disk, independent of how it is spelled: the canonical path (every symbolic link on
/// every component resolved, <c>.</c> and <c>..</c> applied after the link they follow, as the kernel does) and,
/// where the platform gives it, the device and inode of the file (so two hard links of one file are the same
/// file, and so are <c>/proc/self/cwd/...</c> spellings). On Linux (x64 and arm64) the device and inode come from
/// libc's <c>stat</c>, which follows every link itself; elsewhere, or when libc cannot be called, only the
/// canonical path is compared.
/// </summary>
internal readonly record struct FileIdentity(string CanonicalPath, FileKind Kind, ulong Device, ulong Inode, bool HasInode)
{
    /// <summary>
    /// How many links one path is followed through. Linux gives up after 40 (ELOOP), so such a path cannot be written
    /// at all; following far more keeps the guard's answer right for any spelling (found by the <c>path</c> fuzz
    /// target) and still ends a loop quickly.
    /// </summary>
    private const int MaxLinks = 4096;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static readonly bool StatUsable = OperatingSystem.IsLinux()
        && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary>The identity of a path (it need not exist).</summary>
    public static FileIdentity Of(string path)
    {
        var canonical = Resolve(path);
        // stat the path as given (the kernel follows it, magic links such as /proc/self/fd/1 included), else the
        // resolved path: a spelling through more than the kernel's 40 links fails (ELOOP) but still names a file.
        if (StatUsable && (TryStat(path, out var dev, out var ino, out var mode) || TryStat(canonical, out dev, out ino, out mode)))
        {
            var kind = (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                _ => FileKind.Other,
            };
            return new FileIdentity(canonical, kind, dev, ino, true);
        }

        var managedKind = File.Exists(canonical) ? FileKind.Unknown : Directory.Exists(canonical) ? FileKind.Directory : FileKind.Missing;
        return new FileIdentity(canonical, managedKind, 0, 0, false);
    }

    /// <summary>True when both name the same existing file (same device and inode), or the same canonical path.</summary>
    public bool IsSameFileAs(FileIdentity other) =>
        (HasInode && other.HasInode && Device == other.Device && Inode == other.Inode)
        || string.Equals(CanonicalPath, other.CanonicalPath, PathComparison);

    /// <summary>
    /// The absolute path with every symbolic link on every component replaced by its target, resolved again until
    /// no link is left (at most <see cref="MaxLinks"/> links). <c>..</c> after a link goes to the parent of the link's
    /// target, as the kernel resolves it. Components from the first one that does not exist on are kept as written
    /// (<c>.</c> and <c>..</c> among them applied by name).
    /// </summary>
    public static string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var start = Path.IsPathFullyQualified(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        var root = Path.GetPathRoot(start) ?? string.Empty;
        var pending = new Stack<string>(Split(start[root.Length..]).Reverse());
        var parts = new List<string>();
        bool exists = true;
        int links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            if (exists)
            {
                var candidate = Join(root, parts, part);
                string? target = null;
                try
                {
                    target = new FileInfo(candidate).LinkTarget;
                    if (target is null && !File.Exists(candidate) && !Directory.Exists(candidate))
                    {
                        exists = false;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    exists = false;
                }

                if (target is not null)
                {
                    if (++links > MaxLinks)
                    {
                        exists = false; // a loop: keep the spelling (the kernel says ELOOP long before)
                    }
                    else
                    {
                        if (Path.IsPathRooted(target))
                        {
                            root = Path.GetPathRoot(target) ?? root;
                            parts.Clear();
                            target = target[root.Length..];
                        }

                        foreach (var t in Split(target).Reverse())
                        {
                            pending.Push(t);
                        }

                        continue;
                    }
                }
            }

            parts.Add(part);
        }

        return Join(root, parts, null);
    }

    private static string[] Split(string s) =>
        s.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static string Join(string root, List<string> parts, string? last)
    {
        var all = new List<string>(parts.Count + 2) { root };
        all.AddRange(parts);
        if (last is not null)
        {
            all.Add(last);
        }

        return Path.Combine([.. all]);
    }

    private static bool TryStat(string path, out ulong device, out ulong inode, out int mode)
    {
        device = inode = 0;
        mode = 0;
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        var buffer = new byte[256];
        try
        {
            var name = System.Text.Encoding.UTF8.GetBytes(path + "\0"); // a NUL-terminated UTF-8 path
            if (NativeMethods.Stat(name, buffer) != 0)
            {
                return false;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return false;
        }

        // struct stat on 64-bit Linux: st_dev (8 bytes) at 0, st_ino (8) at 8; st_mode at 24 on x64
        // (after the 8-byte st_nlink) and at 16 on arm64 (the generic layout).
        device = BitConverter.ToUInt64(buffer, 0);
        inode = BitConverter.ToUInt64(buffer, 8);
        mode = BitConverter.ToInt32(buffer, RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16);
        return true;
    }

    private static class NativeMethods
    {
        [DllImport("libc.so.6", EntryPoint = "stat", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Stat(byte[] path, byte[] buffer);
    }
}
