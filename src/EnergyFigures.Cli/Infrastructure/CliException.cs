using EnergyFigures.TextHandling;

namespace EnergyFigures.Cli;

/// <summary>
/// A failure the command line reports as one line on stderr with an exit code. The message is escaped
/// (control and bidirectional characters from quoted paths or values become <c>\n</c>, <c>\x1b</c>, <c>\u202e</c>).
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(EnergyFigures.TextHandling.MessageText.Escape(message))
    {
        ExitCode = exitCode;
    }

    public CliException(int exitCode, string message, Exception inner)
        : base(EnergyFigures.TextHandling.MessageText.Escape(message), inner)
    {
        ExitCode = exitCode;
    }

    public CliException()
        : this(ExitCodes.Internal, "Internal error.")
    {
    }

    public CliException(string message)
        : this(ExitCodes.Internal, message)
    {
    }

    public CliException(string message, Exception innerException)
        : this(ExitCodes.Internal, message, innerException)
    {
    }

    /// <summary>One of the <see cref="ExitCodes"/>.</summary>
    public int ExitCode { get; }
}
