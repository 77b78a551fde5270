namespace EnergyFigures.Errors;

/// <summary>
/// No item has the id asked for (<see cref="ErrorCodes.UnknownClaim"/>, <see cref="ErrorCodes.UnknownSeries"/>).
/// Carries the id and the similar ids found, so a caller can suggest them without reading the message.
/// </summary>
public sealed class UnknownIdException : EnergyFiguresException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The code: <see cref="ErrorCodes.UnknownClaim"/> or <see cref="ErrorCodes.UnknownSeries"/>.</param>
    /// <param name="id">The id that names nothing.</param>
    /// <param name="similarIds">Ids of the same kind close to it (edit distance), best first; may be empty.</param>
    /// <param name="message">What was asked and what exists.</param>
    public UnknownIdException(string code, string id, IReadOnlyList<string> similarIds, string message)
        : base(code, message)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(similarIds);
        Id = id;
        SimilarIds = [.. similarIds];
    }

    /// <summary>The id that names nothing, as given.</summary>
    public string Id { get; }

    /// <summary>Ids of the same kind close to <see cref="Id"/>, best first; empty when none is close.</summary>
    public IReadOnlyList<string> SimilarIds { get; }
}
