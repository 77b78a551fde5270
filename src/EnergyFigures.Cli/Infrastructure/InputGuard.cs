namespace EnergyFigures.Cli;

/// <summary>
/// Refuses outputs that would overwrite an input file (the <c>--data</c> file, the text given to <c>extract</c>).
/// Files are compared by identity, not by spelling (<see cref="FileIdentity"/>): a symbolic link on any folder of
/// the path, a <c>/proc/self/cwd/...</c> spelling, <c>..</c> after a link, or a hard link of the input all name the
/// same file and are refused.
/// </summary>
internal sealed class InputGuard
{
    private readonly List<(string Shown, FileIdentity Identity)> _inputs = [];

    /// <summary>Registers an input file.</summary>
    public void AddInput(string path) => _inputs.Add((path, FileIdentity.Of(path)));

    /// <summary>The input files registered so far, as given.</summary>
    public IEnumerable<string> Inputs => _inputs.Select(i => i.Shown);

    /// <summary>Throws a usage error when writing <paramref name="output"/> would overwrite an input.</summary>
    public void CheckOutput(string output)
    {
        if (IsInput(output) is { } shown)
        {
            throw new CliException(ExitCodes.Usage, $"Refusing to write '{output}': it is the input file '{shown}'. Choose another output path.");
        }
    }

    /// <summary>The input (as given) that <paramref name="path"/> names, or null.</summary>
    public string? IsInput(string path)
    {
        if (_inputs.Count == 0)
        {
            return null;
        }

        var o = FileIdentity.Of(path);
        foreach (var (shown, identity) in _inputs)
        {
            if (o.IsSameFileAs(identity))
            {
                return shown;
            }
        }

        return null;
    }

    /// <summary>Throws a usage error when an input file lies inside the output folder and would be among the files written.</summary>
    public void CheckOutputFolder(string folder, IEnumerable<string> fileNames)
    {
        foreach (var name in fileNames)
        {
            CheckOutput(Path.Combine(folder, name));
        }
    }
}
