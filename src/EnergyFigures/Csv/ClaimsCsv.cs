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

    /// <summary>Reads and validates claims from a stream (UTF-8, or UTF-16/32 with a byte order mark).</summary>
    /// <param name="stream">The input.</param>
    /// <param name="sourceName">The name to use in diagnostics (e.g. the file name).</param>
    /// <param name="maxRecordBytes">The largest record accepted, in bytes.</param>
    /// <returns>The report: the valid claims and every problem.</returns>
    public static ValidationReport Validate(Stream stream, string sourceName, int maxRecordBytes = DefaultMaxRecordBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
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

    private sealed class Reader
    {
        private const int CacheLimit = 100_000;
        private static readonly EquatableArray<string> EmptyList = new([]);

        // The characters char.IsControl accepts (U+0000-U+001F, U+007F-U+009F), searched vectorized.
        private static readonly SearchValues<char> Controls = SearchValues.Create(ControlChars(allowBreaks: false));
        private static readonly SearchValues<char> ControlsButBreaks = SearchValues.Create(ControlChars(allowBreaks: true));

        private readonly string _file;
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly Dictionary<string, int> _listed = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _notListed = new(StringComparer.Ordinal);
        private long _problems;
        private readonly List<Claim> _claims = [];
        private readonly Dictionary<string, long> _idLines = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string?, string, string, string?, string?), Publication> _publications = [];
        private int[] _index = [];
        private int _columnsPresent;
        private long _rows;

        // Caches of parsed values that repeat from row to row (units, periods, lists, claimants); only values
        // that parsed without a problem are kept, so every problem is still reported on its own row.
        private readonly Dictionary<string, Unit> _units = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Period> _periods = new(StringComparer.Ordinal);
        private readonly Dictionary<string, EquatableArray<string>> _lists = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string?), Claimant> _claimants = [];

        // The claim being assembled from consecutive rows with the same id.
        private string? _currentId;
        private string[]? _currentClaimFields;
        private Claim? _currentClaim;
        private List<Appearance>? _currentAppearances;

        // Buffers reused from row to row: a row's fields (every entry is overwritten by each row) and the
        // appearances of the claim being assembled (copied when the claim is complete).
        private readonly List<Appearance> _appearanceBuffer = [];
        private string[]? _spareFields;
        private bool _currentBad;

        public Reader(string file) => _file = file;

        private int _maxRecordBytes = DefaultMaxRecordBytes;

        // Set when CsvHelper reports the record being read as malformed: its fields are not validated (the
        // malformed-CSV diagnostic says what is wrong; field errors would only be noise), and its claim is dropped.
        private bool _rowMalformed;

        public CsvReaderOptions Options(int maxRecordBytes) => new()
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MaxRecordSize = _maxRecordBytes = maxRecordBytes,
            DetectSeparatorHint = false,
            SkipEmptyLines = true,
            PoolStrings = true,
            FormatProvider = CultureInfo.InvariantCulture,
            OnMalformedRecord = m =>
            {
                _rowMalformed = true;
                Add(ErrorCodes.MalformedCsv, m.LineNumber, null, null, MalformedMessage(m.Reason));
            },
        };

        private static string MalformedMessage(CsvMalformedReason reason) => reason switch
        {
            CsvMalformedReason.UnterminatedQuote => "A quoted field is never closed; expected a closing '\"' before the end of the file (a quote inside a quoted field is written as \"\").",
            CsvMalformedReason.StrayQuote => "A '\"' stands inside an unquoted field; expected the whole field in quotes, with inner quotes doubled (\"\").",
            CsvMalformedReason.TextAfterClosingQuote => "Text follows the closing quote of a field; expected a ',' or the end of the line right after it.",
            _ => $"The record is malformed ({reason}); expected RFC 4180 CSV.",
        };

        public ValidationReport Run(CsvReader csv)
        {
            try
            {
                if (!ReadHeader(csv))
                {
                    return Finish();
                }

                _rowMalformed = false;
                while (csv.Read())
                {
                    _rows++;
                    if (_rowMalformed)
                    {
                        _rowMalformed = false;
                        int i = _index[0];
                        MarkBad(i >= 0 && i < csv.FieldCount ? csv.GetString(i) : string.Empty, csv.LineNumber);
                        continue;
                    }

                    ReadRow(csv);
                }

                FlushClaim();
            }
            catch (CsvFormatException e)
            {
                FlushClaim();
                bool tooLarge = e.Message.Contains("MaxRecordSize", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("larger", StringComparison.OrdinalIgnoreCase);
                Add(
                    tooLarge ? ErrorCodes.RecordTooLarge : ErrorCodes.MalformedCsv,
                    e.LineNumber,
                    null,
                    null,
                    tooLarge
                        ? string.Create(CultureInfo.InvariantCulture, $"A record is larger than the limit of {_maxRecordBytes} bytes (often a quote never closed, or a file that is not CSV); reading stopped here. Expected records of ordinary size.")
                        : $"The CSV is malformed: {e.Message} Reading stopped here.");
            }
            catch (TextEncodingException e)
            {
                Add(e.Code, e.Line, null, null, e.Message);
            }
            catch (DecoderFallbackException e)
            {
                Add(ErrorCodes.FileUnreadable, 0, null, null, $"The file is not valid text in its encoding ({e.Message}); expected UTF-8.");
            }

            return Finish();
        }

        private ValidationReport Finish()
        {
            var good = ClaimSet.Create(_claims);
            foreach (var (code, n) in _notListed.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                _diagnostics.Add(new Diagnostic(
                    ErrorCodes.ProblemsNotListed,
                    _file,
                    0,
                    null,
                    null,
                    string.Create(CultureInfo.InvariantCulture, $"… and {n} more problems of code {code}, not listed (at most {MaxDiagnosticsPerCode} of each code are); fix the ones listed and validate again.")));
            }

            return new ValidationReport(_file, good, _diagnostics.ToArray(), _rows, _notListed);
        }

        private bool ReadHeader(CsvReader csv)
        {
            csv.ReadHeader();
            var headers = csv.Headers;
            if (headers.Count == 0 || (headers.Count == 1 && string.IsNullOrWhiteSpace(headers[0])))
            {
                Add(ErrorCodes.EmptyFile, 0, null, null, "The file is empty; expected a header row naming the columns (see data/README.md), then one row per claim appearance.");
                return false;
            }

            if (headers.Count > MaxColumns)
            {
                Add(ErrorCodes.TooManyColumns, 1, null, null, string.Create(CultureInfo.InvariantCulture, $"The header has {headers.Count} columns, more than the limit of {MaxColumns}; expected the {Columns.Count} columns of the schema (is this a claims CSV, or is a quote never closed?). Nothing more was read."));
                return false;
            }

            _index = Enumerable.Repeat(-1, Columns.Count).ToArray();
            bool ok = true;
            for (int i = 0; i < headers.Count; i++)
            {
                var h = headers[i];
                if (i == 0 && h.Length > 0 && h[0] == '\uFEFF')
                {
                    h = h[1..];
                }

                int k = IndexOfColumn(h);
                if (k < 0)
                {
                    Add(ErrorCodes.UnknownColumn, 1, h, i + 1, $"Unknown column '{Clip(h)}'; expected only the columns of the schema: {string.Join(", ", Columns)}.");
                    ok = false;
                }
                else if (_index[k] >= 0)
                {
                    Add(ErrorCodes.DuplicateColumn, 1, h, i + 1, $"The column '{Clip(h)}' appears twice (columns {_index[k] + 1} and {i + 1}); expected each column once.");
                    ok = false;
                }
                else
                {
                    _index[k] = i;
                    _columnsPresent++;
                }
            }

            foreach (var r in RequiredColumns)
            {
                if (_index[IndexOfColumn(r)] < 0)
                {
                    Add(ErrorCodes.MissingColumn, 1, r, null, $"The required column '{r}' is missing; expected a header with at least: {string.Join(", ", RequiredColumns)}.");
                    ok = false;
                }
            }

            return ok;
        }

        private static int IndexOfColumn(string name)
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

        private void ReadRow(CsvReader csv)
        {
            long line = csv.LineNumber;
            var fields = _spareFields ?? new string[Columns.Count];
            _spareFields = null;
            for (int k = 0; k < fields.Length; k++)
            {
                int i = _index[k];
                fields[k] = i >= 0 && i < csv.FieldCount ? csv.GetString(i) : string.Empty;
            }

            if (csv.FieldCount > _columnsPresent)
            {
                Add(ErrorCodes.TooManyFields, line, null, null, string.Create(CultureInfo.InvariantCulture, $"The row has {csv.FieldCount} fields but the header has {_columnsPresent}; expected one field per column (quote fields that contain commas)."));
                _currentBad |= fields[0] == _currentId;
                MarkBad(fields[0], line);
                _spareFields = fields;
                return;
            }

            long before = _problems;
            for (int k = 0; k < fields.Length; k++)
            {
                if (k is 7 or 8 or 9 or 2 or 16 or 21 or 0 or 6 or 10 or 11 or 13 or 15)
                {
                    continue;
                }

                fields[k] = Unprotect(fields[k]);
                if (HasControl(fields[k], allowBreaks: k is 14 or 24))
                {
                    Add(ErrorCodes.ControlCharacter, line, k, $"The field holds a control character (such as NUL); expected plain text{(k is 14 or 24 ? " (line breaks and tabs are allowed here)" : string.Empty)}.");
                }
            }

            var id = fields[0];
            if (id.Length == 0)
            {
                Add(ErrorCodes.MissingValue, line, 0, "The id is empty; expected a stable id such as gas-price-offered-2020.");
            }
            else if (!IsValidId(id))
            {
                Add(ErrorCodes.BadId, line, 0, $"The id '{Clip(id)}' is not valid; expected lower-case letters, digits and '-', starting with a letter, at most 80 characters.");
            }

            bool continues = id.Length > 0 && id == _currentId;
            if (continues)
            {
                // Another appearance of the current claim: claim columns must agree.
                for (int i = 0; i <= ClaimColumnCount; i++)
                {
                    int k = i < ClaimColumnCount ? i : ComparedWithColumn;
                    if (!string.Equals(fields[k], _currentClaimFields![k], StringComparison.Ordinal))
                    {
                        Add(ErrorCodes.ConflictingRows, line, k, $"This row continues claim '{id}' but its {Columns[k]} differs from the claim's first row; expected identical claim columns on every row of one claim (or a new id).");
                    }
                }

                var appearance = ParseAppearance(fields, line, _currentClaim?.Figure);
                if (_problems > before || appearance is null)
                {
                    _currentBad = true;
                }
                else
                {
                    _currentAppearances!.Add(appearance);
                }

                _spareFields = fields;
                return;
            }

            FlushClaim();
            if (id.Length > 0 && _idLines.TryGetValue(id, out var firstLine))
            {
                Add(ErrorCodes.DuplicateId, line, 0, string.Create(CultureInfo.InvariantCulture, $"The id '{id}' was already used by the claim on line {firstLine}; expected unique ids (rows of one claim must be consecutive)."));
            }
            else if (id.Length > 0)
            {
                _idLines[id] = line;
            }

            var claim = ParseClaim(fields, line, out var firstAppearance);
            _currentId = id.Length > 0 ? id : null;
            _currentClaimFields = fields;
            _currentClaim = claim;
            _appearanceBuffer.Clear();
            if (firstAppearance is not null)
            {
                _appearanceBuffer.Add(firstAppearance);
            }

            _currentAppearances = _appearanceBuffer;
            _currentBad = _problems > before || claim is null || firstAppearance is null;
        }

        private void MarkBad(string id, long line)
        {
            if (id.Length > 0 && id != _currentId)
            {
                FlushClaim();
                _idLines.TryAdd(id, line);
                _currentId = id;
                _currentClaim = null;
                _currentClaimFields = new string[Columns.Count];
                _currentAppearances = [];
            }

            _currentBad = true;
        }

        private void FlushClaim()
        {
            if (_currentClaim is not null && !_currentBad && _currentAppearances is { Count: > 0 })
            {
                _claims.Add(_currentClaim with { Appearances = new EquatableArray<Appearance>(_currentAppearances) });
            }

            _currentId = null;
            _currentClaim = null;
            _currentAppearances = null;
            if (_currentClaimFields is not null && _spareFields is null && _currentClaimFields.Length == Columns.Count)
            {
                // The finished claim's first row is no longer compared with: reuse its array for the next row.
                _spareFields = _currentClaimFields;
            }

            _currentClaimFields = null;
            _currentBad = false;
        }

        private Claim? ParseClaim(string[] f, long line, out Appearance? appearance)
        {
            var inv = CultureInfo.InvariantCulture;
            bool ok = true;
            Require(f, 1, line, "what is measured, e.g. 'Price Russia proposed for gas delivered to Belarus'", ref ok);
            Require(f, 3, line, "who made the claim", ref ok);
            Require(f, 5, line, "the figure exactly as printed, e.g. '$127 per 1,000 cubic meters'", ref ok);
            if (f[5].Length > 0 && string.IsNullOrWhiteSpace(f[5]))
            {
                Add(ErrorCodes.MissingValue, line, 5, "The text is blank (white space only); expected the figure exactly as printed, e.g. '$127 per 1,000 cubic meters'.");
                ok = false;
            }

            Period period = default;
            if (f[2].Length == 0)
            {
                Add(ErrorCodes.MissingValue, line, 2, "The period is empty; expected YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or START/END.");
                ok = false;
            }
            else if (!TryParsePeriod(f[2], out period))
            {
                Add(ErrorCodes.BadPeriod, line, 2, $"'{Clip(f[2])}' is not a period; expected YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or START/END (e.g. 2019/2020).");
                ok = false;
            }

            // The figure's own fields are judged on their own, so that a problem elsewhere in the row (a bad
            // period, a missing claimant) does not hide a problem of the figure until it is fixed: one pass finds all.
            int figureFrom = _diagnostics.Count;
            BoundKind bound = default;
            if (f[6].Length == 0)
            {
                Add(ErrorCodes.MissingValue, line, 6, "The bound is empty; expected exact, approximately, under, at_most, over, at_least, range or plus_minus.");
                ok = false;
            }
            else if (!BoundNames.TryParseBound(f[6], out bound))
            {
                Add(ErrorCodes.BadBound, line, 6, $"'{Clip(f[6])}' is not a bound kind; expected exact, approximately, under, at_most, over, at_least, range or plus_minus.");
                ok = false;
            }

            decimal value = 0;
            bool haveValue = ParseNumber(f, 7, line, required: true, ref ok, out var v);
            if (haveValue)
            {
                value = v!.Value;
            }

            ParseNumber(f, 8, line, required: false, ref ok, out var high);
            ParseNumber(f, 9, line, required: false, ref ok, out var tolerance);

            if (!BoundNames.TryParseScale(f[10], out var scale))
            {
                Add(ErrorCodes.BadScale, line, 10, $"'{Clip(f[10])}' is not a scale word; expected empty, thousand, million, billion or trillion.");
                ok = false;
            }

            Unit? unit = null;
            if (f[11].Length == 0)
            {
                Add(ErrorCodes.MissingValue, line, 11, "The unit is empty; expected a unit such as USD/1000 m3, percent/year or USD.");
                ok = false;
            }
            else if (!_units.TryGetValue(f[11], out unit))
            {
                if (!Unit.TryParse(f[11], out unit, out var unitError))
                {
                    Add(ErrorCodes.BadUnit, line, 11, unitError!.Message);
                    ok = false;
                }
                else if (_units.Count < CacheLimit)
                {
                    _units[f[11]] = unit!;
                }
            }

            bool figureOk = _diagnostics.Count == figureFrom && !string.IsNullOrWhiteSpace(f[5]);
            if (figureOk && haveValue && f[6].Length > 0)
            {
                if (bound == BoundKind.Range && high is null)
                {
                    Add(ErrorCodes.RangeMissingSide, line, 8, "A range needs its high side in value_high; expected e.g. value 4 and value_high 6 for \"from 4% to 6%\".");
                    ok = false;
                    figureOk = false;
                }
                else
                {
                    var problem = Figure.Check(bound, value, high, tolerance, out var code);
                    if (problem is not null)
                    {
                        int col = code is ErrorCodes.BadTolerance ? 9 : code is ErrorCodes.UnexpectedValue && high is not null && bound != BoundKind.Range ? 8 : code is ErrorCodes.UnexpectedValue ? 9 : 8;
                        Add(code, line, col, problem);
                        ok = false;
                        figureOk = false;
                    }
                }
            }

            var topics = List(f[12]);
            var countries = List(f[13]);
            for (int i = 0; i < countries.Count; i++)
            {
                var c = countries[i];
                if (c.Length != 2 || !char.IsAsciiLetterUpper(c[0]) || !char.IsAsciiLetterUpper(c[1]))
                {
                    Add(ErrorCodes.BadCountry, line, 13, $"'{Clip(c)}' is not an ISO 3166-1 alpha-2 country code; expected two upper-case letters such as BY or RU, separated by ';'.");
                    ok = false;
                }
            }

            Figure? figure = null;
            if (figureOk && unit is not null)
            {
                try
                {
                    figure = Figure.Create(f[5], bound, value, unit, scale, high, tolerance);
                }
                catch (EnergyFiguresException e)
                {
                    // Reading reports, it never throws: a figure the checks above let through is still a diagnostic.
                    Add(e.Code, line, e.Code == ErrorCodes.ScaledValueOutOfRange ? 7 : 5, e.Message);
                    ok = false;
                }
            }

            appearance = ParseAppearance(f, line, figure);
            if (!ok || figure is null || appearance is null)
            {
                return null;
            }

            var claimantKey = (f[3], f[4].Length == 0 ? null : f[4]);
            if (!_claimants.TryGetValue(claimantKey, out var claimant))
            {
                claimant = new Claimant(claimantKey.Item1, claimantKey.Item2);
                if (_claimants.Count < CacheLimit)
                {
                    _claimants[claimantKey] = claimant;
                }
            }

            // The other appearances are added when the claim is complete (FlushClaim). The claim validates
            // itself with the codes used here; reading reports, it never throws. A bad id was reported above.
            if (f[0].Length == 0 || !IsValidId(f[0]))
            {
                return null;
            }

            try
            {
                return NewClaim(f, period, claimant, figure, appearance, topics, countries);
            }
            catch (EnergyFiguresException e)
            {
                Add(e.Code, line, 0, e.Message);
                return null;
            }
        }

        private static Claim NewClaim(string[] f, Period period, Claimant claimant, Figure figure, Appearance appearance, EquatableArray<string> topics, EquatableArray<string> countries)
        {
            return new Claim(
                f[0],
                f[1],
                period,
                claimant,
                figure,
                new EquatableArray<Appearance>([appearance]),
                topics,
                countries,
                f[24].Length == 0 ? null : f[24])
            {
                ComparedWith = f[ComparedWithColumn].Length == 0 ? null : f[ComparedWithColumn],
            };
        }

        private Appearance? ParseAppearance(string[] f, long line, Figure? figure)
        {
            bool ok = true;
            if (f[14].Length == 0)
            {
                Add(ErrorCodes.MissingQuote, line, 14, "The quote is empty; expected the passage that contains the figure, verbatim as published.");
                ok = false;
            }
            else if (figure is not null && !f[14].Contains(figure.Text, StringComparison.Ordinal))
            {
                Add(ErrorCodes.QuoteLacksText, line, 14, $"The quote does not contain the figure's text '{Clip(figure.Text)}'; expected the printed text to occur verbatim in the quote.");
                ok = false;
            }

            var kind = QuoteKind.Verbatim;
            if (f[15] is "summary")
            {
                kind = QuoteKind.Summary;
            }
            else if (f[15] is "derived")
            {
                kind = QuoteKind.Derived;
            }
            else if (f[15] is not ("" or "verbatim"))
            {
                Add(ErrorCodes.BadQuoteKind, line, 15, $"'{Clip(f[15])}' is not a quote kind; expected verbatim (or empty), summary or derived.");
                ok = false;
            }

            Period saidOn = Period.Unknown;
            if (f[16].Length > 0 && !TryParsePeriod(f[16], out saidOn))
            {
                Add(ErrorCodes.BadPeriod, line, 16, $"'{Clip(f[16])}' is not a period; expected a day YYYY-MM-DD or START/END.");
                ok = false;
            }

            // A publication seen before was valid then: its title, outlet, date and URL need no second check.
            var key = (f[18], f[19].Length == 0 ? null : f[19], f[20], f[21], f[22].Length == 0 ? null : f[22], f[23].Length == 0 ? null : f[23]);
            if (_publications.TryGetValue(key, out var known))
            {
                return ok ? new Appearance(f[14], kind, saidOn, List(f[17]), known) : null;
            }

            Require(f, 18, line, "the title of the publication the quote is taken from", ref ok);
            Require(f, 20, line, "the outlet of the publication, e.g. Global Research", ref ok);
            PublicationDate date = default;
            if (f[21].Length == 0)
            {
                Add(ErrorCodes.MissingValue, line, 21, "The source date is empty; expected YYYY-MM-DD (or YYYY-MM, YYYY when only that much is known, or unknown).");
                ok = false;
            }
            else if (!PublicationDate.TryParse(f[21], out date))
            {
                Add(ErrorCodes.BadDate, line, 21, $"'{Clip(f[21])}' is not a date; expected YYYY-MM-DD, e.g. 2020-02-06 (or YYYY-MM, YYYY when only that much is known, or unknown).");
                ok = false;
            }

            Uri? url = null;
            if (f[22].Length > 0 && (!Uri.TryCreate(f[22], UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
            {
                Add(ErrorCodes.BadUrl, line, 22, $"'{Clip(f[22])}' is not an absolute http or https URL; expected e.g. https://example.org/page, or leave it empty.");
                ok = false;
            }

            if (!ok)
            {
                return null;
            }

            var publication = new Publication(f[18], key.Item2, f[20], date, url, key.Item6);
            if (_publications.Count < CacheLimit)
            {
                _publications[key] = publication;
            }

            return new Appearance(f[14], kind, saidOn, List(f[17]), publication);
        }

        private bool ParseNumber(string[] f, int k, long line, bool required, ref bool ok, out decimal? value)
        {
            value = null;
            var s = f[k];
            if (s.Length == 0)
            {
                if (required)
                {
                    Add(ErrorCodes.MissingValue, line, k, $"The {Columns[k]} is empty; expected a number such as 127 or 1.5 (no scale word, no thousands separators).");
                    ok = false;
                }

                return false;
            }

            if (NumberSyntaxProblem(s) is { } problem)
            {
                Add(ErrorCodes.BadNumber, line, k, $"'{Clip(s)}' is not a number: {problem}; expected digits with an optional leading '-' and '.' between digits as the decimal point, e.g. 127, -3 or 0.5 (no '+', no thousands separators, no exponent, no NaN).");
                ok = false;
                return false;
            }

            if (s.Length > 64 || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
            {
                Add(ErrorCodes.BadNumber, line, k, $"'{Clip(s)}' is not a number; expected digits with an optional '-' and '.' as the decimal point, e.g. 127 or 1.5 (no thousands separators, no exponent, no NaN).");
                ok = false;
                return false;
            }

            if (!Numerics.DecimalMath.KeepsEveryDigit(s, d))
            {
                Add(ErrorCodes.BadNumber, line, k, $"'{Clip(s)}' has more digits than a decimal keeps exactly and would be rounded to {d.ToString(CultureInfo.InvariantCulture)}; expected at most 28 digits after the point and 28 significant digits in all.");
                ok = false;
                return false;
            }

            if (d == 0m && s[0] == '-')
            {
                Add(ErrorCodes.BadNumber, line, k, $"'{Clip(s)}' is a negative zero, which a decimal cannot keep as printed; expected 0.");
                ok = false;
                return false;
            }

            value = d;
            return true;
        }

        /// <summary>
        /// The grammar of numbers in claims files (data/README.md): <c>-?[0-9]+(\.[0-9]+)?</c>. Returns what is wrong
        /// with <paramref name="s"/>, or null when it follows the grammar.
        /// </summary>
        internal static string? NumberSyntaxProblem(string s)
        {
            int i = 0;
            if (s.Length > 0 && s[0] == '+')
            {
                return "it starts with '+' (a positive number is written without a sign)";
            }

            if (s.Length > 0 && s[0] == '-')
            {
                i = 1;
            }

            int intDigits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                intDigits++;
            }

            if (i == s.Length)
            {
                return intDigits > 0 ? null : "it has no digits";
            }

            if (s[i] != '.')
            {
                return s[i] switch
                {
                    ',' => "it has a ',' (the decimal point is '.', and there are no thousands separators)",
                    'e' or 'E' => "it has an exponent",
                    ' ' or '\u00A0' or '\t' => "it has a space",
                    _ => string.Create(CultureInfo.InvariantCulture, $"character {i + 1} is not a digit"),
                };
            }

            if (intDigits == 0)
            {
                return "it has no digit before the decimal point (write 0.5, not .5)";
            }

            i++;
            int fraction = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                fraction++;
            }

            if (fraction == 0)
            {
                return "it has no digit after the decimal point (write 127 or 127.0, not 127.)";
            }

            return i == s.Length ? null : string.Create(CultureInfo.InvariantCulture, $"character {i + 1} is not a digit");
        }

        private void Require(string[] f, int k, long line, string expected, ref bool ok)
        {
            if (f[k].Length == 0)
            {
                var code = k switch
                {
                    3 => ErrorCodes.MissingClaimant,
                    14 => ErrorCodes.MissingQuote,
                    _ => ErrorCodes.MissingValue,
                };
                Add(code, line, k, $"The {Columns[k]} is empty; expected {expected}.");
                ok = false;
            }
        }

        private static string[] SplitList(string s) =>
            s.Length == 0 ? [] : s.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        // A ';'-separated list, shared between the rows that hold the same text (the array is immutable).
        private EquatableArray<string> List(string s)
        {
            if (s.Length == 0)
            {
                return EmptyList;
            }

            if (!_lists.TryGetValue(s, out var list))
            {
                list = new EquatableArray<string>(SplitList(s));
                if (_lists.Count < CacheLimit)
                {
                    _lists[s] = list;
                }
            }

            return list;
        }

        private bool TryParsePeriod(string s, out Period period)
        {
            if (_periods.TryGetValue(s, out period))
            {
                return true;
            }

            if (!Period.TryParse(s, out period))
            {
                return false;
            }

            if (_periods.Count < CacheLimit)
            {
                _periods[s] = period;
            }

            return true;
        }

        private static bool IsValidId(string id)
        {
            if (id.Length > 80 || !char.IsAsciiLetterLower(id[0]))
            {
                return false;
            }

            foreach (var c in id)
            {
                if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasControl(string s, bool allowBreaks) =>
            s.AsSpan().IndexOfAny(allowBreaks ? ControlsButBreaks : Controls) >= 0;

        private static string ControlChars(bool allowBreaks)
        {
            var sb = new StringBuilder();
            for (char c = '\0'; c <= '\u009F'; c++)
            {
                if (char.IsControl(c) && !(allowBreaks && c is '\n' or '\r' or '\t'))
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }

        private static string Clip(string s) => MessageText.Clip(s);

        private void Add(string code, long line, int column, string message) =>
            Add(code, line, Columns[column], _index.Length > column && _index[column] >= 0 ? _index[column] + 1 : null, message);

        /// <summary>Records a problem: listed while its code has fewer than <see cref="MaxDiagnosticsPerCode"/>, else counted.</summary>
        private void Add(string code, long line, string? field, int? column, string message)
        {
            _problems++;
            _listed.TryGetValue(code, out int listed);
            if (listed >= MaxDiagnosticsPerCode)
            {
                _notListed[code] = _notListed.GetValueOrDefault(code) + 1;
                return;
            }

            _listed[code] = listed + 1;
            _diagnostics.Add(new Diagnostic(code, _file, line, field, column, message));
        }
    }
}
