namespace EnergyFigures.Cli;

/// <summary>
/// The documented exit codes of <c>energy-figures</c> (see <c>docs/readme-sections/cli.md</c>). They never
/// change meaning once published.
/// </summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The input data is invalid: a claims file with problems (<c>validate</c>, <c>--data</c>).</summary>
    public const int InvalidData = 1;

    /// <summary>A usage error: unknown command or option, missing or bad argument, an output that would overwrite an input.</summary>
    public const int Usage = 2;

    /// <summary>An I/O error: a file cannot be read or written.</summary>
    public const int IoError = 3;

    /// <summary>No claim has an id that was asked for.</summary>
    public const int NotFound = 4;

    /// <summary>The computation is not possible (for example comparing figures whose units cannot be converted).</summary>
    public const int CannotCompute = 5;

    /// <summary><c>check --fail-on</c>: a verification check reached the verdict asked to fail on (the results are printed in full first).</summary>
    public const int CheckFailed = 6;

    /// <summary>An unexpected internal error (a bug: please report it with the command line).</summary>
    public const int Internal = 70;
}
