using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;
using EnergyFigures.Claims;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using EnergyFigures.TextHandling;

namespace EnergyFigures.Csv;

/// <summary>
/// Reads and writes claims files in the EnergyFigures CSV schema (see <c>data/README.md</c>), with
/// CsvHelper. Reading validates every row and reports every problem with file, line, field, a stable code
/// and what was expected; nothing is dropped silently and one bad row does not hide the others.
/// Writing then reading gives equal claims, every value exactly as printed.
/// </summary>
public static partial class ClaimsCsv
{
    /// <summary>The columns of the schema, in the order they are written.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "subject", "period", "claimant", "claimant_role", "text", "bound", "value", "value_high", "tolerance", "scale", "unit",
        "topics", "countries", "quote", "quote_kind", "said_on", "reported_by", "source_title", "source_author", "source_outlet",
        "source_date", "source_url", "originally_published_in", "notes", "compared_with",
    ];

    /// <summary>The columns a file must have.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
        ["id", "subject", "period", "claimant", "text", "bound", "value", "unit", "quote", "source_title", "source_outlet", "source_date"];

    /// <summary>The largest record accepted, in bytes (a guard against hostile input such as a quote never closed).</summary>
    public const int DefaultMaxRecordBytes = 1 << 20;

    /// <summary>The most columns a header may have; a header with more is reported once (EF1103) and nothing more is read.</summary>
    public const int MaxColumns = 1000;

    /// <summary>
    /// The most diagnostics of one code a report lists; the rest are counted, and one EF1104 diagnostic per code
    /// says how many were left out (<see cref="ValidationReport.NotListed"/>). Bounds the memory and the output of
    /// a file with millions of problems.
    /// </summary>
    public const int MaxDiagnosticsPerCode = 1000;

    private const int ClaimColumnCount = 14; // id .. countries (plus notes, checked separately)
    private const int ComparedWithColumn = 25; // a claim column too: identical on every row of one claim

    /// <summary>Reads and validates a claims file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The report: the valid claims and every problem.</returns>
    public static ValidationReport Validate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var d = new Diagnostic(ErrorCodes.FileUnreadable, name, 0, null, null, $"The file cannot be read: {e.Message} Expected a readable UTF-8 CSV file.");
            return new ValidationReport(name, ClaimSet.Empty, [d], 0);
        }

        using (stream)
        {
            return Validate(stream, name);
        }
    }

    /// <summary>
    /// Reads and validates claims from a stream (UTF-8, or UTF-16/32 with a byte order mark). A seekable stream of
    /// 64 MB or more is read on every core, with the same claims, codes and diagnostics as on one thread.
    /// </summary>
    /// <param name="stream">The input.</param>
    /// <param name="sourceName">The name to use in diagnostics (e.g. the file name).</param>
    /// <param name="maxRecordBytes">The largest record accepted, in bytes.</param>
    /// <returns>The report: the valid claims and every problem.</returns>
    public static ValidationReport Validate(Stream stream, string sourceName, int maxRecordBytes = DefaultMaxRecordBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (stream.CanSeek)
        {
            // The fast path reads a valid file into columns; at anything it is not sure of, the reference reader
            // reads the file again from the same place and reports every problem.
            long start = stream.Position;
            var columns = Utf8ClaimsReader.TryRead(stream, maxRecordBytes, out long rows);
            if (columns is not null)
            {
                return new ValidationReport(sourceName, ClaimSet.FromColumns(columns), [], rows);
            }

            stream.Position = start;
        }

        return ValidateWithReference(stream, sourceName, maxRecordBytes);
    }

    /// <summary>Reads with the reference reader only (CsvHelper, a string per field): every problem with its diagnostic.</summary>
    internal static ValidationReport ValidateWithReference(Stream stream, string sourceName, int maxRecordBytes = DefaultMaxRecordBytes)
    {
        var reader = new Reader(sourceName);
        using var checking = new Utf8CheckingStream(stream);
        using var csv = CsvReader.Create(checking, reader.Options(maxRecordBytes), leaveOpen: true);
        return reader.Run(csv);
    }

    /// <summary>Reads and validates claims from text.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="sourceName">The name to use in diagnostics.</param>
    /// <returns>The report.</returns>
    public static ValidationReport ValidateText(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var ms = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return Validate(ms, sourceName);
    }

    /// <summary>Loads a claims file; throws when it has any problem.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The claims.</returns>
    /// <exception cref="ClaimsFileException">The file has problems (the report lists every one).</exception>
    public static ClaimSet Load(string path) => Validate(path).ThrowIfInvalid();

    /// <summary>Loads claims from a stream; throws when there is any problem.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="sourceName">The name to use in messages.</param>
    /// <returns>The claims.</returns>
    /// <exception cref="ClaimsFileException">The input has problems.</exception>
    public static ClaimSet Load(Stream stream, string sourceName) => Validate(stream, sourceName).ThrowIfInvalid();

    /// <summary>
    /// Writes claims to a file (UTF-8, LF line endings), one row per appearance. The file is written
    /// atomically (a temporary file renamed over it), so a failure never leaves a truncated file.
    /// </summary>
    /// <param name="claims">The claims.</param>
    /// <param name="path">The file path (replaced).</param>
    public static void Write(IEnumerable<Claim> claims, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(claims);
        IO.AtomicFile.Write(path, stream => Write(claims, stream));
    }

    /// <summary>
    /// Writes claims as CSV (UTF-8 without BOM, LF line endings), one row per appearance. Text fields that a
    /// spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) are
    /// written with a leading apostrophe, which the reader removes again; numbers are never touched.
    /// </summary>
    /// <param name="claims">The claims.</param>
    /// <param name="stream">The output (left open).</param>
    public static void Write(IEnumerable<Claim> claims, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(stream);
        var options = new CsvWriterOptions { Separator = ',', NewLine = "\n", Quoting = CsvQuoting.WhenNeeded };
        using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        csv.WriteHeader(Columns.ToArray());
        var row = new string[Columns.Count];
        foreach (var c in claims)
        {
            foreach (var a in c.Appearances)
            {
                FillRow(row, c, a);
                for (int i = 0; i < row.Length; i++)
                {
                    csv.WriteField(Cell(i, row[i]));
                }

                csv.EndRecord();
            }
        }

        csv.Flush();
    }

    /// <summary>Writes claims to a string (see <see cref="Write(IEnumerable{Claim}, Stream)"/>).</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>The CSV text.</returns>
    public static string WriteToString(IEnumerable<Claim> claims)
    {
        using var ms = new MemoryStream();
        Write(claims, ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void FillRow(string[] row, Claim c, Appearance a)
    {
        var inv = CultureInfo.InvariantCulture;
        var f = c.Figure;
        row[0] = c.Id;
        row[1] = c.Subject;
        row[2] = c.Period.ToString();
        row[3] = c.Claimant.Name;
        row[4] = c.Claimant.Role ?? string.Empty;
        row[5] = f.Text;
        row[6] = f.Bound.ToName();
        row[7] = f.Value.ToString(inv);
        row[8] = f.ValueHigh?.ToString(inv) ?? string.Empty;
        row[9] = f.Tolerance?.ToString(inv) ?? string.Empty;
        row[10] = f.Scale.ToName();
        row[11] = f.Unit.Symbol;
        row[12] = string.Join(';', c.Topics);
        row[13] = string.Join(';', c.Countries);
        row[14] = a.Quote;
        row[15] = a.QuoteKind switch
        {
            QuoteKind.Summary => "summary",
            QuoteKind.Derived => "derived",
            _ => string.Empty,
        };
        row[16] = a.SaidOn.ToString();
        row[17] = string.Join(';', a.ReportedBy);
        row[18] = a.Source.Title;
        row[19] = a.Source.Author ?? string.Empty;
        row[20] = a.Source.Outlet;
        row[21] = a.Source.Date.ToString();
        row[22] = a.Source.Url?.OriginalString ?? string.Empty;
        row[23] = a.Source.OriginallyPublishedIn ?? string.Empty;
        row[24] = c.Notes ?? string.Empty;
        row[25] = c.ComparedWith ?? string.Empty;
    }

    /// <summary>The index of a column name in <see cref="Columns"/>.</summary>
    /// <param name="name">A column name.</param>
    /// <returns>The column's index in <see cref="Columns"/>, or -1.</returns>
    internal static int ColumnIndex(string name)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A cell as every claims-CSV writer writes it (<see cref="Write(IEnumerable{Claim}, Stream)"/>, the draft claims of
    /// the extractor, the DataFrame reader): the number columns (value, value_high, tolerance) as they are, every other
    /// column neutralized by <see cref="Protect"/>, so no written cell starts like a formula, whatever its column.
    /// </summary>
    /// <param name="column">The column's index in <see cref="Columns"/>.</param>
    /// <param name="value">The value.</param>
    /// <returns>The text to write.</returns>
    internal static string Cell(int column, string value) => column is 7 or 8 or 9 ? value : Protect(value);

    /// <summary>Neutralizes a text that a spreadsheet would run as a formula (reversible by <see cref="Unprotect"/>).</summary>
    internal static string Protect(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        char c0 = text[0];
        if (IsFormulaStart(c0) || (c0 == '\'' && text.Length > 1 && (IsFormulaStart(text[1]) || text[1] == '\'')))
        {
            return "'" + text;
        }

        return text;
    }

    /// <summary>Removes the apostrophe <see cref="Protect"/> added.</summary>
    internal static string Unprotect(string text) =>
        text.Length > 1 && text[0] == '\'' && (IsFormulaStart(text[1]) || text[1] == '\'') ? text[1..] : text;

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';
}
