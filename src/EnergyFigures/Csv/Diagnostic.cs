using System.Globalization;

namespace EnergyFigures.Csv;

/// <summary>
/// One problem found in a claims file: where (file, line, field, column), a stable code, and a message
/// that says what was found and what was expected.
/// </summary>
/// <param name="Code">One of the <see cref="ErrorCodes"/>.</param>
/// <param name="File">The file name (or the name the caller gave the input).</param>
/// <param name="Line">The 1-based line where the record starts; 0 when the problem is not tied to a line.</param>
/// <param name="Field">The column name; null when the problem is not tied to a field.</param>
/// <param name="Column">The 1-based column number; null when not tied to a field.</param>
/// <param name="Message">What was found and what was expected.</param>
public sealed record Diagnostic(string Code, string File, long Line, string? Field, int? Column, string Message)
{
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
    internal ValidationReport(string file, Claims.ClaimSet claims, IReadOnlyList<Diagnostic> diagnostics, long rowsRead)
    {
        File = file;
        Claims = claims;
        Diagnostics = diagnostics;
        RowsRead = rowsRead;
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>The claims whose rows had no problem (a claim with any bad row is left out, and its problems reported).</summary>
    public Claims.ClaimSet Claims { get; }

    /// <summary>Every problem, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The number of data rows read.</summary>
    public long RowsRead { get; }

    /// <summary>Whether the file has no problem.</summary>
    public bool IsValid => Diagnostics.Count == 0;

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
        : base(First(report).Code, BuildMessage(report))
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

    private static string BuildMessage(ValidationReport report)
    {
        var lines = report.Diagnostics.Take(20).Select(d => "  " + d).ToList();
        if (report.Diagnostics.Count > 20)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  … and {report.Diagnostics.Count - 20} more."));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{report.File} has {report.Diagnostics.Count} problem(s):{Environment.NewLine}") + string.Join(Environment.NewLine, lines);
    }
}
