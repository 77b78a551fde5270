namespace EnergyFigures.Cli;

/// <summary>Refuses outputs that would overwrite an input file (the <c>--data</c> file, a validated file).</summary>
internal sealed class InputGuard
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly List<(string Path, string Shown)> _inputs = [];

    /// <summary>Registers an input file.</summary>
    public void AddInput(string path) => _inputs.Add((Canonical(path), path));

    /// <summary>Throws a usage error when writing <paramref name="output"/> would overwrite an input.</summary>
    public void CheckOutput(string output)
    {
        var o = Canonical(output);
        foreach (var (path, shown) in _inputs)
        {
            if (string.Equals(o, path, PathComparison))
            {
                throw new CliException(ExitCodes.Usage, $"Refusing to write '{output}': it is the input file '{shown}'. Choose another output path.");
            }
        }
    }

    /// <summary>Throws a usage error when an input file lies inside the output folder and would be among the files written.</summary>
    public void CheckOutputFolder(string folder, IEnumerable<string> fileNames)
    {
        foreach (var name in fileNames)
        {
            CheckOutput(Path.Combine(folder, name));
        }
    }

    /// <summary>The full path with symbolic links resolved (when the file exists).</summary>
    internal static string Canonical(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(full);
            if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                full = Path.GetFullPath(target.FullName);
            }

            // Resolve a symlinked parent folder as well.
            var dir = Path.GetDirectoryName(full);
            if (dir is not null)
            {
                var d = new DirectoryInfo(dir);
                if (d.Exists && d.LinkTarget is not null && d.ResolveLinkTarget(returnFinalTarget: true) is { } dt)
                {
                    full = Path.Combine(Path.GetFullPath(dt.FullName), Path.GetFileName(full));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Keep the plain full path.
        }

        return full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
    }
}
