using System.Text;

namespace EnergyFigures.Cli;

/// <summary>
/// The CLI's output writes: <see cref="EnergyFigures.IO.AtomicFile"/> (temporary file in the same folder,
/// then renamed over the target), with the CLI's own checks and one-line errors: a folder given as the
/// output is a usage error, a failed write an I/O error.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8NoBom.GetBytes(text));

    public static void WriteAllBytes(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full) ?? throw new CliException(ExitCodes.Usage, $"'{path}' is not a file path.");
        if (Directory.Exists(full))
        {
            throw new CliException(ExitCodes.Usage, $"'{path}' is a folder; expected a file name.");
        }

        try
        {
            Directory.CreateDirectory(dir);
            EnergyFigures.IO.AtomicFile.WriteAllBytes(full, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new CliException(ExitCodes.IoError, $"Cannot write '{path}': {e.Message}", e);
        }
    }
}
