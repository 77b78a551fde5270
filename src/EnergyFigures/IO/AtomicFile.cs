using System.Text;

namespace EnergyFigures.IO;

/// <summary>
/// Writes files atomically: the content goes to a temporary file in the same folder, which is flushed to
/// disk and then renamed over the target. An interrupted or failed write leaves the old file (or no file)
/// and never a truncated one; the temporary file is removed on failure.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes a file atomically.</summary>
    /// <param name="path">The file (created or replaced).</param>
    /// <param name="write">Writes the content to the stream it is given (the stream is closed afterwards).</param>
    /// <exception cref="IOException">The file cannot be written; the target is unchanged.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);

        // A symbolic link named as the target stays a link: its (final) target gets the new content.
        if (new FileInfo(full).LinkTarget is not null && File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target)
        {
            full = Path.GetFullPath(target.FullName);
        }

        var dir = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        bool done = false;
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
            done = true;
        }
        finally
        {
            if (!done)
            {
                TryDelete(temp);
            }
        }
    }

    /// <summary>Writes bytes to a file atomically.</summary>
    /// <param name="path">The file (created or replaced).</param>
    /// <param name="bytes">The content.</param>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Write(path, s => s.Write(bytes));
    }

    /// <summary>Writes text to a file atomically, as UTF-8 without a byte order mark.</summary>
    /// <param name="path">The file (created or replaced).</param>
    /// <param name="text">The content.</param>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
