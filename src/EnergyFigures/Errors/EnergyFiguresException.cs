using EnergyFigures.TextHandling;

namespace EnergyFigures.Errors;

/// <summary>
/// The exception EnergyFigures throws for a problem it detects on purpose. <see cref="Code"/> is one of the
/// stable <see cref="ErrorCodes"/>; the message says what was found and what was expected. Every message is
/// safe to print: control characters, bidirectional controls and lone surrogates in it (which can only come from
/// quoted data) are escaped (<c>\n</c>, <c>\x1b</c>, <c>\u202e</c>), and it is at most 4,000 characters long.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1032:Implement standard exception constructors", Justification = "Every EnergyFigures error carries a stable code: a constructor without one would invent a code.")]
public class EnergyFiguresException : Exception
{
    /// <summary>Creates an exception with a code and a message.</summary>
    /// <param name="code">One of the <see cref="ErrorCodes"/>.</param>
    /// <param name="message">What was found and what was expected.</param>
    public EnergyFiguresException(string code, string message)
        : base(MessageText.Escape(message ?? string.Empty))
    {
        Code = code;
    }

    /// <summary>Creates an exception with a code, a message and the exception that caused it.</summary>
    /// <param name="code">One of the <see cref="ErrorCodes"/>.</param>
    /// <param name="message">What was found and what was expected.</param>
    /// <param name="innerException">The cause.</param>
    public EnergyFiguresException(string code, string message, Exception innerException)
        : base(MessageText.Escape(message ?? string.Empty), innerException)
    {
        Code = code;
    }

    /// <summary>An exception whose message is already safe (lines of escaped diagnostics, on purpose on several lines).</summary>
    private protected EnergyFiguresException(string code, string safeMessage, bool alreadyEscaped)
        : base(safeMessage)
    {
        _ = alreadyEscaped;
        Code = code;
    }

    /// <summary>The stable error code, one of <see cref="ErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>What kind of problem this is, from <see cref="Code"/>: classify errors by this (or by exception type), never by parsing the code or the message.</summary>
    public ErrorCategory Category => ErrorCodes.CategoryOf(Code);

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
