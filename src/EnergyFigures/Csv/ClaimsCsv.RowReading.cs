using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;
using EnergyFigures.Claims;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Csv;

public static partial class ClaimsCsv
{
    // Reading a claims file row by row (CsvHelper tokenises): header, rows, continuation rows, duplicate ids, diagnostics.
    private sealed partial class Reader
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
