using System.Text;

namespace EnergyFigures.Cli;

/// <summary>
/// The CLI's output writes: <see cref="EnergyFigures.IO.AtomicFile"/> (temporary file in the same folder,
/// then renamed over the target), with the CLI's own checks and one-line errors: an empty path or a folder given
/// as the output is a usage error, a failed write an I/O error. The path is followed through every symbolic link:
/// a link named as the output stays a link and its target gets the new content. An output that is not a regular
/// file (a terminal, <c>/dev/stdout</c>, <c>/dev/null</c>, a named pipe) cannot be replaced by a rename, so it is
/// written through, in place.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8NoBom.GetBytes(text));

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, s => s.Write(bytes));

    /// <summary>Writes a file by streaming into it (atomically for a regular file, in place for a device or a pipe).</summary>
    public static void Write(string path, Action<Stream> write)
    {
        CliPaths.Require(path, "the output");
        var identity = FileIdentity.Of(path);
        if (identity.Kind == FileKind.Directory)
        {
            throw new CliException(ExitCodes.Usage, $"'{path}' is a folder; expected a file name.");
        }

        try
        {
            if (identity.Kind == FileKind.Other)
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.None);
                write(stream);
                stream.Flush();
                return;
            }

            var full = identity.CanonicalPath;
            var dir = Path.GetDirectoryName(full) ?? throw new CliException(ExitCodes.Usage, $"'{path}' is not a file path.");
            Directory.CreateDirectory(dir);
            EnergyFigures.IO.AtomicFile.Write(full, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new CliException(ExitCodes.IoError, $"Cannot write '{path}': {e.Message}", e);
        }
    }
}

/// <summary>Checks of the paths given on the command line.</summary>
internal static class CliPaths
{
    /// <summary>An empty path is a usage error (it would otherwise name the current folder or fail deep inside).</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="what">What it is, for the message: "--data", "-o", "FILE".</param>
    public static void Require(string? path, string what)
    {
        if (path is not null && path.Length == 0)
        {
            throw new CliException(ExitCodes.Usage, $"An empty path was given for {what}; expected a file or folder name.");
        }

        if (path is not null && path.Contains('\0', StringComparison.Ordinal))
        {
            throw new CliException(ExitCodes.Usage, $"The path given for {what} contains a NUL character; expected a file or folder name.");
        }
    }
}
