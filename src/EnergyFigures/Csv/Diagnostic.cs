using System.Collections.Immutable;
using System.Globalization;
using EnergyFigures.Errors;
using EnergyFigures.TextHandling;

namespace EnergyFigures.Csv;

/// <summary>
/// One problem found in a claims file: where (file, line, field, column), a stable code, and a message
/// that says what was found and what was expected. <see cref="File"/>, <see cref="Field"/> and <see cref="Message"/>
/// are safe to print on a terminal: control characters, bidirectional controls and lone surrogates are escaped
/// (<c>\n</c>, <c>\x1b</c>, <c>\u202e</c>), a field name is cut to 60 characters and a message to 4,000.
/// </summary>
/// <param name="Code">One of the <see cref="ErrorCodes"/>.</param>
/// <param name="File">The file name (or the name the caller gave the input).</param>
/// <param name="Line">The 1-based line where the record starts; 0 when the problem is not tied to a line.</param>
/// <param name="Field">The column name; null when the problem is not tied to a field.</param>
/// <param name="Column">The 1-based column number; null when not tied to a field.</param>
/// <param name="Message">What was found and what was expected.</param>
public sealed record Diagnostic(string Code, string File, long Line, string? Field, int? Column, string Message)
{
    /// <summary>The file name (or the name the caller gave the input), escaped.</summary>
    public string File { get; } = MessageText.Escape(File ?? string.Empty);

    /// <summary>The column name, escaped and cut to 60 characters; null when the problem is not tied to a field.</summary>
    public string? Field { get; init; } = Field is null ? null : MessageText.Clip(Field);

    /// <summary>What was found and what was expected, escaped.</summary>
    public string Message { get; } = MessageText.Escape(Message ?? string.Empty);

    /// <summary><c>claims.csv:12: unit (column 12): EF1012 Unknown unit symbol 'USX' …</c></summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}") : File;
        var field = Field is null ? string.Empty : Column is null ? $" {Field}" : string.Create(CultureInfo.InvariantCulture, $" {Field} (column {Column})");
        return field.Length == 0 ? $"{where}: {Code} {Message}" : $"{where}:{field}: {Code} {Message}";
    }
}

/// <summary>The outcome of reading a claims file: the claims that are valid, and every problem found.</summary>
public sealed class ValidationReport
{
    internal ValidationReport(string file, Claims.ClaimSet claims, IReadOnlyList<Diagnostic> diagnostics, long rowsRead, IReadOnlyDictionary<string, long>? notListed = null)
    {
        NotListed = notListed is null || notListed.Count == 0
            ? System.Collections.Immutable.ImmutableSortedDictionary<string, long>.Empty
            : notListed.ToImmutableSortedDictionary(StringComparer.Ordinal);
        ProblemCount = diagnostics.Count(d => d.Code != ErrorCodes.ProblemsNotListed) + NotListed.Values.Sum();
        File = MessageText.Escape(file);
        Claims = claims;
        Diagnostics = diagnostics;
        RowsRead = rowsRead;
    }

    /// <summary>The file name (escaped like the diagnostics' messages).</summary>
    public string File { get; }

    /// <summary>The claims whose rows had no problem (a claim with any bad row is left out, and its problems reported).</summary>
    public Claims.ClaimSet Claims { get; }

    /// <summary>
    /// Every problem, in file order — at most <see cref="ClaimsCsv.MaxDiagnosticsPerCode"/> of each code; then, for
    /// each code that had more, one <see cref="ErrorCodes.ProblemsNotListed"/> diagnostic saying how many more.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The number of problems found, listed or not (the EF1104 summaries are not counted).</summary>
    public long ProblemCount { get; }

    /// <summary>For each code with more than <see cref="ClaimsCsv.MaxDiagnosticsPerCode"/> problems, how many were counted but not listed.</summary>
    public IReadOnlyDictionary<string, long> NotListed { get; }

    /// <summary>The number of data rows read.</summary>
    public long RowsRead { get; }

    /// <summary>Whether the file has no problem.</summary>
    public bool IsValid => ProblemCount == 0;

    /// <summary>The claims, or an exception listing every problem.</summary>
    /// <returns>The claims.</returns>
    /// <exception cref="ClaimsFileException">The file has problems.</exception>
    public Claims.ClaimSet ThrowIfInvalid() => IsValid ? Claims : throw new ClaimsFileException(this);
}

/// <summary>A claims file with problems; <see cref="Report"/> lists every one.</summary>
public sealed class ClaimsFileException : EnergyFiguresException
{
    /// <summary>Creates the exception from a report with at least one problem.</summary>
    /// <param name="report">The report.</param>
    public ClaimsFileException(ValidationReport report)
        : base(First(report).Code, BuildMessage(report), alreadyEscaped: true)
    {
        Report = report;
    }

    /// <summary>The report with every problem.</summary>
    public ValidationReport Report { get; }

    private static Diagnostic First(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Diagnostics.Count > 0 ? report.Diagnostics[0] : throw new ArgumentException("The report has no problem.", nameof(report));
    }

    private static string BuildMessage(ValidationReport report) => Summarize(report.File, report.Diagnostics, report.ProblemCount);

    /// <summary>
    /// The message of a file exception: "FILE has N problem(s):" and the first 20 diagnostics, one per line, then
    /// "… and M more." (shared by the claims and checks file exceptions).
    /// </summary>
    internal static string Summarize(string file, IReadOnlyList<Diagnostic> diagnostics, long problemCount)
    {
        var lines = diagnostics.Take(20).Select(d => "  " + d).ToList();
        if (problemCount > 20)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  … and {problemCount - 20} more."));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{file} has {problemCount} problem(s):{Environment.NewLine}") + string.Join(Environment.NewLine, lines);
    }
}
