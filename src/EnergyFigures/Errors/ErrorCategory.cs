namespace EnergyFigures.Errors;

/// <summary>
/// What kind of problem an <see cref="EnergyFiguresException"/> reports, so that callers (and the
/// <c>energy-figures</c> command, for its exit codes) classify errors by type, never by parsing codes or messages.
/// Every code of <see cref="ErrorCodes"/> has exactly one category (<see cref="ErrorCodes.CategoryOf(string)"/>).
/// </summary>
public enum ErrorCategory
{
    /// <summary>A claims, checks or other data file (or a row or field of it) is not valid: EF1xxx.</summary>
    InvalidData,

    /// <summary>A value written as text (a number, unit, figure, period) does not parse: EF2xxx.</summary>
    InvalidValue,

    /// <summary>A computation cannot be done as asked (incompatible units, a missing assumption, division by zero): EF3xxx.</summary>
    CannotCompute,

    /// <summary>An id (claim, reference series, reported figure) names nothing: EF4001, EF4002.</summary>
    NotFound,

    /// <summary>Reference data cannot answer (outside a series' coverage, no observation, wrong frequency): EF4003, EF4005, EF4006.</summary>
    OutsideData,

    /// <summary>A file cannot be read at all (missing, no permission): EF1008.</summary>
    Unreadable,

    /// <summary>The library's own embedded data is damaged (a build problem, not a user error): EF4004.</summary>
    Internal,

    /// <summary>A chart cannot draw its input as given: EF5xxx.</summary>
    Chart,

    /// <summary>An interchange input or output cannot be made as asked: a DataFrame, Arrow or Parquet shape the reader cannot take, an export table, format or partition, a ClaimReview or Wikidata publication, a corpus line: EF6xxx.</summary>
    Interchange,
}
