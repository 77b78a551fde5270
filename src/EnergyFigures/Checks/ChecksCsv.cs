using System.Globalization;
using System.Text;
using CsvHelper;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Reference;
using EnergyFigures.Errors;

namespace EnergyFigures.Checks;

/// <summary>
/// Reads and validates checks files (<c>data/checks.csv</c> and a user's own, the schema of <c>data/README.md</c>):
/// one row per check, declaring the claim, what it is held against, the role, the reading and the assumptions
/// by name. Every problem becomes a <see cref="Diagnostic"/> with file, line, field and a stable code
/// (EF1001–EF1030 for what the file shares with claims files, EF1201–EF1299 for checks); nothing is dropped silently.
/// </summary>
public static class ChecksCsv
{
    /// <summary>The columns, in their documented order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["claim", "against", "role", "reference_period", "reading", "fx", "fx_date", "energy_content", "density", "sign", "aggregation", "note"];

    /// <summary>The columns a checks file must have.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["claim", "against", "role"];

    /// <summary>The largest record accepted, in bytes.</summary>
    public const int MaxRecordBytes = 64 * 1024;

    /// <summary>Reads and validates a checks file against the claims it checks.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="claims">The claims the file's <c>claim</c> column (and <c>claim:ID</c> targets) name.</param>
    /// <returns>The report: the valid declarations and every problem.</returns>
    public static ChecksReport Validate(string path, ClaimSet claims)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(claims);
        var name = Path.GetFileName(path);
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new ChecksReport(name, [], [new Diagnostic(ErrorCodes.FileUnreadable, name, 0, null, null, $"The file cannot be read: {e.Message} Expected a readable UTF-8 CSV file.")]);
        }

        using (stream)
        {
            return Validate(stream, name, claims);
        }
    }

    /// <summary>Reads and validates a checks file from a stream.</summary>
    /// <param name="stream">The input (UTF-8).</param>
    /// <param name="sourceName">The name to use in diagnostics.</param>
    /// <param name="claims">The claims it checks.</param>
    /// <returns>The report.</returns>
    public static ChecksReport Validate(Stream stream, string sourceName, ClaimSet claims)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(claims);
        return new Reader(sourceName, claims).Run(stream);
    }

    /// <summary>Reads and validates a checks file from text.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="sourceName">The name to use in diagnostics.</param>
    /// <param name="claims">The claims it checks.</param>
    /// <returns>The report.</returns>
    public static ChecksReport ValidateText(string text, string sourceName, ClaimSet claims)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var ms = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return Validate(ms, sourceName, claims);
    }

    /// <summary>Loads a checks file; throws when it has any problem.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="claims">The claims it checks.</param>
    /// <returns>The declarations, in file order.</returns>
    /// <exception cref="ChecksFileException">The file has problems (the report lists every one).</exception>
    public static IReadOnlyList<CheckDeclaration> Load(string path, ClaimSet claims) => Validate(path, claims).ThrowIfInvalid();

    private sealed class Reader(string file, ClaimSet claims)
    {
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly List<CheckDeclaration> _declarations = [];
        private int[] _index = [];
        private int _present;
        private bool _malformed;

        public ChecksReport Run(Stream stream)
        {
            var options = new CsvReaderOptions
            {
                Separator = ',',
                HasHeader = true,
                TrackLineNumbers = true,
                MaxRecordSize = MaxRecordBytes,
                DetectSeparatorHint = false,
                SkipEmptyLines = true,
                FormatProvider = CultureInfo.InvariantCulture,
                OnMalformedRecord = m =>
                {
                    _malformed = true;
                    Add(ErrorCodes.MalformedCsv, m.LineNumber, null, $"The record is malformed ({m.Reason}); expected RFC 4180 CSV (a quote inside a quoted field is written as \"\").");
                },
            };
            try
            {
                using var csv = CsvReader.Create(stream, options, leaveOpen: true);
                if (!ReadHeader(csv))
                {
                    return Finish();
                }

                while (csv.Read())
                {
                    if (_malformed)
                    {
                        _malformed = false;
                        continue;
                    }

                    ReadRow(csv);
                }
            }
            catch (CsvFormatException e)
            {
                Add(ErrorCodes.MalformedCsv, e.LineNumber, null, $"The CSV is malformed: {e.Message} Reading stopped here.");
            }
            catch (DecoderFallbackException e)
            {
                Add(ErrorCodes.FileUnreadable, 0, null, $"The file is not valid text in its encoding ({e.Message}); expected UTF-8.");
            }

            return Finish();
        }

        private ChecksReport Finish() => new(file, [.. _declarations], [.. _diagnostics]);

        private void Add(string code, long line, string? field, string message) =>
            _diagnostics.Add(new Diagnostic(code, file, line, field, field is null ? null : Column(field), message));

        private int? Column(string field)
        {
            int k = IndexOf(field);
            return k >= 0 && k < _index.Length && _index[k] >= 0 ? _index[k] + 1 : null;
        }

        private static int IndexOf(string name)
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

        private bool ReadHeader(CsvReader csv)
        {
            csv.ReadHeader();
            var headers = csv.Headers;
            if (headers.Count == 0 || (headers.Count == 1 && string.IsNullOrWhiteSpace(headers[0])))
            {
                Add(ErrorCodes.EmptyFile, 0, null, "The file is empty; expected a header row naming the columns (see data/README.md, \"checks.csv\"), then one row per check.");
                return false;
            }

            _index = Enumerable.Repeat(-1, Columns.Count).ToArray();
            bool ok = true;
            for (int i = 0; i < headers.Count; i++)
            {
                var h = i == 0 ? headers[i].TrimStart('\uFEFF') : headers[i];
                int k = IndexOf(h);
                if (k < 0)
                {
                    _diagnostics.Add(new Diagnostic(ErrorCodes.UnknownColumn, file, 1, h, i + 1, $"Unknown column '{h}'; expected only the columns of the checks schema: {string.Join(", ", Columns)}."));
                    ok = false;
                }
                else if (_index[k] >= 0)
                {
                    _diagnostics.Add(new Diagnostic(ErrorCodes.DuplicateColumn, file, 1, h, i + 1, string.Create(CultureInfo.InvariantCulture, $"The column '{h}' appears twice (columns {_index[k] + 1} and {i + 1}); expected each column once.")));
                    ok = false;
                }
                else
                {
                    _index[k] = i;
                    _present++;
                }
            }

            foreach (var r in RequiredColumns.Where(r => _index[IndexOf(r)] < 0))
            {
                Add(ErrorCodes.MissingColumn, 1, r, $"The required column '{r}' is missing; expected a header with at least: {string.Join(", ", RequiredColumns)}.");
                ok = false;
            }

            return ok;
        }

        private void ReadRow(CsvReader csv)
        {
            long line = csv.LineNumber;
            if (csv.FieldCount > _present)
            {
                Add(ErrorCodes.TooManyFields, line, null, string.Create(CultureInfo.InvariantCulture, $"The row has {csv.FieldCount} fields but the header has {_present}; expected one field per column (quote fields that contain commas)."));
                return;
            }

            string F(string name)
            {
                int i = _index[IndexOf(name)];
                return i >= 0 && i < csv.FieldCount ? csv.GetString(i).Trim() : string.Empty;
            }

            int before = _diagnostics.Count;
            foreach (var c in Columns)
            {
                if (F(c).Any(ch => char.IsControl(ch) && ch is not '\n' and not '\r' and not '\t'))
                {
                    Add(ErrorCodes.ControlCharacter, line, c, "The field holds a control character (such as NUL); expected plain text.");
                }
            }

            if (_diagnostics.Count > before)
            {
                return;
            }

            var claimId = F("claim");
            Claim? claim = null;
            if (claimId.Length == 0)
            {
                Add(ErrorCodes.MissingValue, line, "claim", "The claim is empty; expected the id of a claim of the claims file.");
            }
            else if (!claims.TryGet(claimId, out claim))
            {
                Add(ErrorCodes.UnknownCheckedClaim, line, "claim", $"No claim has the id '{claimId}'; expected the id of a claim of the claims file{Suggest(claims.Select(c => c.Id), claimId)}.");
            }

            var roleText = F("role");
            CheckRole role = default;
            bool roleOk = false;
            if (roleText.Length == 0)
            {
                Add(ErrorCodes.MissingValue, line, "role", "The role is empty; expected verification, sensitivity, context, proxy, single-instance or uncheckable.");
            }
            else if (!(roleOk = AssumptionNames.TryParseRole(roleText, out role)))
            {
                Add(ErrorCodes.BadCheckRole, line, "role", $"'{roleText}' is not a role; expected verification, sensitivity, context, proxy, single-instance or uncheckable.");
            }

            var note = F("note");
            if (roleOk && role == CheckRole.Uncheckable)
            {
                foreach (var c in Columns.Where(c => c is not "claim" and not "role" and not "note" && F(c).Length > 0))
                {
                    Add(ErrorCodes.UnexpectedValue, line, c, $"{c} is given for an uncheckable claim; expected it empty (an uncheckable row only says why, in note).");
                }

                if (note.Length == 0)
                {
                    Add(ErrorCodes.MissingValue, line, "note", "The note is empty; expected why the claim cannot be checked.");
                }

                if (_diagnostics.Count == before && claim is not null)
                {
                    _declarations.Add(new CheckDeclaration(claim.Id, null, role, null, note) { File = file, Line = line });
                }

                return;
            }

            var target = ReadTarget(F("against"), line, claim);
            var options = ReadOptions(F, line, target);
            if (_diagnostics.Count == before && claim is not null && target is not null && options is not null && roleOk)
            {
                _declarations.Add(new CheckDeclaration(claim.Id, target, role, options, note) { File = file, Line = line });
            }
        }

        private CheckTarget? ReadTarget(string text, long line, Claim? claim)
        {
            if (text.Length == 0)
            {
                Add(ErrorCodes.MissingValue, line, "against", "What to check against is empty; expected series:ID (a shipped series), reported:ID (a shipped reported figure) or claim:ID (a claim of the claims file), or role uncheckable.");
                return null;
            }

            if (!CheckTarget.TryParse(text, out var target))
            {
                Add(ErrorCodes.BadCheckTarget, line, "against", $"'{text}' does not name a reference; expected series:ID, reported:ID or claim:ID (e.g. series:worldbank.NGAS_EUR), or for a comparison claim LEFT vs RIGHT (e.g. reported:ID vs series:ID).");
                return null;
            }

            // A comparison claim is held against a figure for each side (or a reported comparison); a level claim against one figure.
            if (claim is not null && target.ComparedWith is not null && claim.ComparedWith is null)
            {
                Add(ErrorCodes.ComparisonMismatch, line, "against", $"'{text}' gives two sides, but claim '{claim.Id}' states a level, not a comparison (its compared_with is empty); expected one reference.");
                return null;
            }

            if (claim is not null && target.ComparedWith is null && claim.ComparedWith is not null && target.Kind == CheckTargetKind.Series)
            {
                Add(ErrorCodes.ComparisonMismatch, line, "against", $"Claim '{claim.Id}' states a comparison ({claim.Subject} against {claim.ComparedWith}), which one series cannot check; expected LEFT vs RIGHT, a figure for each side.");
                return null;
            }

            return target.ComparedWith is null
                ? CheckOne(target, line, claim)
                : CheckOne(target with { ComparedWith = null }, line, claim) is not null && CheckOne(target.ComparedWith, line, claim) is not null ? target : null;
        }

        private CheckTarget? CheckOne(CheckTarget target, long line, Claim? claim)
        {
            switch (target.Kind)
            {
                case CheckTargetKind.Series when !ReferenceLibrary.Shipped.Contains(target.Id):
                    Add(ErrorCodes.UnknownCheckTarget, line, "against", $"No shipped series has the id '{target.Id}'; expected one of: {string.Join(", ", ReferenceLibrary.Shipped.Ids)} (list them with 'energy-figures series').");
                    return null;
                case CheckTargetKind.ReportedFigure when !ReportedFigures.Shipped.TryGet(target.Id, out _):
                    Add(ErrorCodes.UnknownCheckTarget, line, "against", $"No shipped reported figure has the id '{target.Id}'{Suggest(ReportedFigures.Shipped.Select(c => c.Id), target.Id)}; expected the id of a shipped reported figure (list them with 'energy-figures reported').");
                    return null;
                case CheckTargetKind.Claim when !claims.TryGet(target.Id, out _):
                    Add(ErrorCodes.UnknownCheckTarget, line, "against", $"No claim of the claims file has the id '{target.Id}'{Suggest(claims.Select(c => c.Id), target.Id)}; expected the id of another claim of the same file.");
                    return null;
                case CheckTargetKind.Claim when claim is not null && target.Id == claim.Id:
                    Add(ErrorCodes.SelfCheck, line, "against", $"The claim '{claim.Id}' is checked against itself, a check that cannot fail; expected another claim, a series or a reported figure.");
                    return null;
            }

            return target;
        }

        private CheckOptions? ReadOptions(Func<string, string> f, long line, CheckTarget? target)
        {
            int before = _diagnostics.Count;
            var options = new CheckOptions();

            var period = f("reference_period");
            if (period.Length > 0)
            {
                if (target is not null && target.Kind != CheckTargetKind.Series && target.ComparedWith?.Kind != CheckTargetKind.Series)
                {
                    Add(ErrorCodes.UnexpectedValue, line, "reference_period", "A reference period is given for a reported figure or a claim, which has its own period; expected it only with series:ID.");
                }
                else if (!Period.TryParse(period, out var p))
                {
                    Add(ErrorCodes.BadPeriod, line, "reference_period", $"'{period}' is not a period; expected YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or START/END (e.g. 2020-01).");
                }
                else
                {
                    options = options with { ReferencePeriod = p };
                }
            }

            switch (f("reading"))
            {
                case "" or "as-stated":
                    break;
                case "implied-precision":
                    options = options with { ReadWithImpliedPrecision = true };
                    break;
                case var r:
                    Add(ErrorCodes.BadReading, line, "reading", $"'{r}' is not a reading; expected as-stated (or empty) or implied-precision.");
                    break;
            }

            var fx = f("fx");
            var fxDate = f("fx_date");
            if (fx.Length == 0 && fxDate.Length > 0)
            {
                Add(ErrorCodes.UnexpectedValue, line, "fx_date", "fx_date is given without fx; expected fx ecb with it, or both empty.");
            }
            else if (fx.Length > 0 && fx != "ecb")
            {
                Add(ErrorCodes.BadAssumptionName, line, "fx", $"'{fx}' is not an exchange-rate source; expected ecb (the shipped ECB euro reference rates) or empty.");
            }
            else if (fx.Length > 0)
            {
                if (fxDate.Length == 0)
                {
                    options = options with { ExchangeRates = ExchangeRateRule.Ecb() };
                }
                else if (ExchangeRateRule.TryParseDate(fxDate, out var d))
                {
                    options = options with { ExchangeRates = ExchangeRateRule.Ecb(d) };
                }
                else
                {
                    Add(ErrorCodes.BadAssumptionName, line, "fx_date", $"'{fxDate}' is not a date rule; expected monthly-mean (the default), observation-date or claim-date.");
                }
            }

            var energy = f("energy_content");
            if (energy.Length > 0)
            {
                if (AssumptionNames.TryParseEnergyContent(energy, out var e, out var why))
                {
                    options = options with { GasEnergyContent = e };
                }
                else
                {
                    Add(ErrorCodes.BadAssumptionName, line, "energy_content", why);
                }
            }

            var density = f("density");
            if (density.Length > 0)
            {
                if (AssumptionNames.TryParseDensity(density, out var d, out var why))
                {
                    options = options with { Assumptions = [d] };
                }
                else
                {
                    Add(ErrorCodes.BadAssumptionName, line, "density", why);
                }
            }

            var sign = f("sign");
            if (sign.Length > 0)
            {
                if (AssumptionNames.TryParseSign(sign, out var s))
                {
                    options = options with { Sign = s };
                }
                else
                {
                    Add(ErrorCodes.BadAssumptionName, line, "sign", $"'{sign}' is not a sign convention; expected same (the default) or deficit-against-balance.");
                }
            }

            var agg = f("aggregation");
            if (agg.Length > 0)
            {
                if (target is not null && target.Kind != CheckTargetKind.Series && target.ComparedWith?.Kind != CheckTargetKind.Series)
                {
                    Add(ErrorCodes.UnexpectedValue, line, "aggregation", "An aggregation is given for a reported figure or a claim, which is one value; expected it only with series:ID.");
                }
                else if (AssumptionNames.TryParseAggregation(agg, out var a))
                {
                    options = options with { Aggregation = a };
                }
                else
                {
                    Add(ErrorCodes.BadAssumptionName, line, "aggregation", $"'{agg}' is not an aggregation; expected range (the default) or mean.");
                }
            }

            return _diagnostics.Count == before ? options : null;
        }

        private static string Suggest(IEnumerable<string> ids, string given)
        {
            var near = ids.Where(i => i.Contains(given, StringComparison.OrdinalIgnoreCase) || given.Contains(i, StringComparison.OrdinalIgnoreCase)).Take(3).ToList();
            return near.Count == 0 ? string.Empty : $" (did you mean {string.Join(" or ", near)}?)";
        }
    }
}

/// <summary>The outcome of reading a checks file: the declarations that are valid, and every problem found.</summary>
public sealed class ChecksReport
{
    internal ChecksReport(string file, IReadOnlyList<CheckDeclaration> declarations, IReadOnlyList<Diagnostic> diagnostics)
    {
        File = file;
        Declarations = declarations;
        Diagnostics = diagnostics;
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>The rows without a problem, in file order.</summary>
    public IReadOnlyList<CheckDeclaration> Declarations { get; }

    /// <summary>Every problem, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the file has no problem.</summary>
    public bool IsValid => Diagnostics.Count == 0;

    /// <summary>The declarations, or an exception listing every problem.</summary>
    /// <returns>The declarations.</returns>
    /// <exception cref="ChecksFileException">The file has problems.</exception>
    public IReadOnlyList<CheckDeclaration> ThrowIfInvalid() => IsValid ? Declarations : throw new ChecksFileException(this);
}

/// <summary>A checks file with problems; <see cref="Report"/> lists every one.</summary>
public sealed class ChecksFileException : EnergyFiguresException
{
    /// <summary>Creates the exception from a report with at least one problem.</summary>
    /// <param name="report">The report.</param>
    public ChecksFileException(ChecksReport report)
        : base(First(report).Code, BuildMessage(report))
    {
        Report = report;
    }

    /// <summary>The report with every problem.</summary>
    public ChecksReport Report { get; }

    private static Diagnostic First(ChecksReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Diagnostics.Count > 0 ? report.Diagnostics[0] : throw new ArgumentException("The report has no problem.", nameof(report));
    }

    private static string BuildMessage(ChecksReport report) => ClaimsFileException.Summarize(report.File, report.Diagnostics, report.Diagnostics.Count);
}
