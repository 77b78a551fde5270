using System.Text;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Data;
using EnergyFigures.Numerics;
using EnergyFigures.Reference;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using EnergyFigures.Interchange;
using static EnergyFigures.Tests.Csv.CsvFixtures;

namespace EnergyFigures.Tests.Reliability;

/// <summary>
/// One bad input per error code, the fix, and how to produce it. docs/errors.md is generated from this
/// table (set EF_WRITE_ERRORS_DOC=1 and run ErrorCatalogueTests) with the messages the code really gives.
/// </summary>
public static class ErrorCatalogue
{
    /// <summary>An entry: the code, a sample input (Markdown), how to produce it, and the fix.</summary>
    public sealed record Entry(string Code, string Sample, Func<Produced> Produce, string Fix);

    /// <summary>What an input produced: the code and the full text a user sees.</summary>
    public sealed record Produced(string Code, string Text);

    /// <summary>Codes that no code path produces yet (reserved for features still to land). A code may be
    /// listed here only while no source file under src/ uses it.</summary>
    public static IReadOnlyDictionary<string, string> Reserved { get; } = new Dictionary<string, string>
    {
    };

    public static IReadOnlyList<Entry> Entries { get; } =
    [
        new(ErrorCodes.EmptyFile, "an empty file (0 bytes)", () => Csv(string.Empty, ErrorCodes.EmptyFile),
            "Start the file with the header row of data/README.md."),
        new(ErrorCodes.MissingColumn, "a header without the `unit` column", () => Csv(BuildCsv(ClaimsCsv.Columns.Where(c => c != "unit").ToList(), ValidRow()), ErrorCodes.MissingColumn),
            "Add the missing column to the header (and a value to every row)."),
        new(ErrorCodes.UnknownColumn, "a header with an extra column `colour`", () => Csv(BuildCsv(ClaimsCsv.Columns.Append("colour").ToList(), ValidRow()), ErrorCodes.UnknownColumn),
            "Remove the column or rename it to one of the schema's columns (names are lower case, exact)."),
        new(ErrorCodes.DuplicateColumn, "a header naming `notes` twice", () => Csv(BuildCsv(ClaimsCsv.Columns.Append("notes").ToList(), ValidRow()), ErrorCodes.DuplicateColumn),
            "Keep each column once."),
        new(ErrorCodes.MalformedCsv, "a row `b,\"never closed,2020` (a quote never closed) after a valid row", () => Csv(BuildCsv(ValidRow("a")) + "b,\"never closed,2020\n", ErrorCodes.MalformedCsv),
            "Quote fields that contain commas, quotes or line breaks, double the quotes inside (`\"\"`), and close every quote."),
        new(ErrorCodes.RecordTooLarge, "a record longer than the limit (1 MiB by default; 1,024 bytes here)", () => CsvStream(BuildCsv(ValidRow().With("notes", new string('x', 2000))), 1024, ErrorCodes.RecordTooLarge),
            "Look for a quote that is never closed; split huge notes; make sure the file is a claims CSV at all."),
        new(ErrorCodes.TooManyFields, "a row with one field more than the header (`…,extra`)", () => Csv(BuildCsv(ValidRow("a")).TrimEnd('\n') + ",extra\n", ErrorCodes.TooManyFields),
            "Quote the field that contains a comma, or remove the extra field."),
        new(ErrorCodes.FileUnreadable, "a path that does not exist", Unreadable,
            "Check the path and the permissions; save the file as UTF-8 text."),
        new(ErrorCodes.MissingValue, "`value` empty", () => Row("value", string.Empty, ErrorCodes.MissingValue),
            "Fill in the required field (id, subject, period, claimant, text, bound, value, unit, quote, source title, outlet and date)."),
        new(ErrorCodes.BadNumber, "`value` = `1,000`", () => Row("value", "1,000", ErrorCodes.BadNumber),
            "Write plain invariant decimals: digits, an optional leading `-` and `.` as the decimal point (no thousands separators, exponent, NaN, -0, nor more digits than a decimal holds); put the scale word in `scale`."),
        new(ErrorCodes.BadUnit, "`unit` = `USX/1000 m3`", () => Row("unit", "USX/1000 m3", ErrorCodes.BadUnit),
            "Use the unit syntax of data/README.md: ISO 4217 currency codes (upper case) and the listed symbols."),
        new(ErrorCodes.BadBound, "`bound` = `below`", () => Row("bound", "below", ErrorCodes.BadBound),
            "Use one of exact, approximately, under, at_most, over, at_least, range, plus_minus."),
        new(ErrorCodes.BadScale, "`scale` = `bn`", () => Row("scale", "bn", ErrorCodes.BadScale),
            "Leave it empty or use thousand, million, billion or trillion."),
        new(ErrorCodes.BadDate, "`source_date` = `06/02/2020`", () => Row("source_date", "06/02/2020", ErrorCodes.BadDate),
            "Write dates as YYYY-MM-DD."),
        new(ErrorCodes.BadPeriod, "`period` = `Feb 2020`", () => Row("period", "Feb 2020", ErrorCodes.BadPeriod),
            "Write YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or START/END."),
        new(ErrorCodes.LowAboveHigh, "`bound` = `range`, `value` = `6`, `value_high` = `4`", () => Csv(BuildCsv(ValidRow().With("bound", "range").With("value", "6").With("value_high", "4")), ErrorCodes.LowAboveHigh),
            "Put the low side in `value` and the high side in `value_high`."),
        new(ErrorCodes.RangeMissingSide, "`bound` = `range` without `value_high`", () => Row("bound", "range", ErrorCodes.RangeMissingSide),
            "Give both sides of a range, or use at_least / at_most for one side."),
        new(ErrorCodes.UnexpectedValue, "`bound` = `exact` with `value_high` = `130`", () => Row("value_high", "130", ErrorCodes.UnexpectedValue),
            "Remove the field, or change the bound kind to the one that takes it (range for value_high; plus_minus or approximately for tolerance)."),
        new(ErrorCodes.BadTolerance, "`bound` = `plus_minus` without `tolerance`", () => Row("bound", "plus_minus", ErrorCodes.BadTolerance),
            "Give a positive half-width in `tolerance`."),
        new(ErrorCodes.DuplicateId, "two claims with the id `same-id`, not on consecutive rows", () => Csv(BuildCsv(ValidRow("same-id"), ValidRow("other-id"), ValidRow("same-id").With("subject", "Another subject")), ErrorCodes.DuplicateId),
            "Give each claim its own id; put the rows (appearances) of one claim next to each other."),
        new(ErrorCodes.BadId, "`id` = `Gas Offer`", () => Row("id", "Gas Offer", ErrorCodes.BadId),
            "Use lower-case letters, digits and `-`, starting with a letter, at most 80 characters."),
        new(ErrorCodes.MissingQuote, "`quote` empty", () => Row("quote", string.Empty, ErrorCodes.MissingQuote),
            "Paste the passage that contains the figure."),
        new(ErrorCodes.MissingClaimant, "`claimant` empty", () => Row("claimant", string.Empty, ErrorCodes.MissingClaimant),
            "Name who made the claim."),
        new(ErrorCodes.QuoteLacksText, "`quote` = `They offered a good price.` (without the figure's text)", () => Row("quote", "They offered a good price.", ErrorCodes.QuoteLacksText),
            "Copy `text` verbatim from the quote (same characters, same spacing), or fix the quote."),
        new(ErrorCodes.BadUrl, "`source_url` = `ftp://example.org/a`", () => Row("source_url", "ftp://example.org/a", ErrorCodes.BadUrl),
            "Give an absolute http(s) URL, or leave the field empty."),
        new(ErrorCodes.ConflictingRows, "a second row of claim `multi` with another `period`", ConflictingRows,
            "Make the claim columns (id … countries) identical on every row of one claim, or give the row a new id."),
        new(ErrorCodes.BadCountry, "`countries` = `Belarus`", () => Row("countries", "Belarus", ErrorCodes.BadCountry),
            "Use ISO 3166-1 alpha-2 codes separated by `;`, e.g. `BY;RU`."),
        new(ErrorCodes.BadQuoteKind, "`quote_kind` = `paraphrase`", () => Row("quote_kind", "paraphrase", ErrorCodes.BadQuoteKind),
            "Leave it empty (verbatim) or write `summary`."),
        new(ErrorCodes.ControlCharacter, "`subject` containing a NUL byte", () => Row("subject", "bad\0text", ErrorCodes.ControlCharacter),
            "Remove control characters; line breaks and tabs are allowed only in `quote` and `notes`."),
        new(ErrorCodes.InvalidUtf8, "a row whose `subject` holds the byte 0xE9 (`é` in Windows-1252) instead of UTF-8", InvalidUtf8,
            "Save the file as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`); nothing is replaced silently, so fix the bytes the message points to."),
        new(ErrorCodes.Utf16WithoutByteOrderMark, "a valid claims file saved as UTF-16LE without a byte order mark",
            () => CsvBytes(Encoding.Unicode.GetBytes(BuildCsv(ValidRow())), ErrorCodes.Utf16WithoutByteOrderMark),
            "Save the file as UTF-8 (`iconv -f UTF-16LE -t UTF-8`), or as UTF-16 with a byte order mark."),
        new(ErrorCodes.TooManyColumns, "a header with 1,001 columns", () => Csv(string.Join(',', Enumerable.Range(0, 1001).Select(i => "c" + i)) + "\n", ErrorCodes.TooManyColumns),
            "Check that the file is a claims CSV, and that no quote is left open in the header."),
        new(ErrorCodes.ProblemsNotListed, "1,001 rows with an unknown unit (more than the 1,000 listed per code)",
            () => Csv(BuildCsv(Enumerable.Range(0, 1001).Select(i => ValidRow("c" + i).With("unit", "USX")).ToArray()), ErrorCodes.ProblemsNotListed),
            "Fix the problems listed (they are usually one mistake repeated) and validate again."),
        new(ErrorCodes.UnknownCheckedClaim, "a checks file row with `claim` = `no-such-claim`", () => Checks("no-such-claim,series:worldbank.NGAS_EUR,verification,", ErrorCodes.UnknownCheckedClaim),
            "Use the id of a claim of the claims file the checks are run with (the shipped claims, or `--data FILE`)."),
        new(ErrorCodes.BadCheckTarget, "a checks file row with `against` = `worldbank.NGAS_EUR` (no kind)", () => Checks("gas-price-offered-2020,worldbank.NGAS_EUR,verification,", ErrorCodes.BadCheckTarget),
            "Write `series:ID`, `reported:ID` or `claim:ID`."),
        new(ErrorCodes.UnknownCheckTarget, "a checks file row with `against` = `series:worldbank.NGAS_EU`", () => Checks("gas-price-offered-2020,series:worldbank.NGAS_EU,verification,", ErrorCodes.UnknownCheckTarget),
            "List the ids with `energy-figures series` and `energy-figures reported`; a `claim:` target must be in the same claims file."),
        new(ErrorCodes.BadCheckRole, "a checks file row with `role` = `proof`", () => Checks("gas-price-offered-2020,reported:ref-gas-price-belarus-2020,proof,", ErrorCodes.BadCheckRole),
            "Use verification, sensitivity, context, proxy, single-instance or uncheckable."),
        new(ErrorCodes.BadReading, "a checks file row with `reading` = `roughly`", () => Checks("gas-price-offered-2020,reported:ref-gas-price-belarus-2020,verification,roughly", ErrorCodes.BadReading),
            "Use as-stated (or leave it empty) or implied-precision."),
        new(ErrorCodes.BadAssumptionName, "a checks file row with `energy_content` = `35 GJ/t of gas`", () => Checks("europe-spot-gas-price-2020-02,series:worldbank.NGAS_EUR,verification,,35 GJ/t of gas", ErrorCodes.BadAssumptionName, "claim,against,role,reading,energy_content"),
            "Use the names of data/README.md: fx `ecb` with fx_date monthly-mean, observation-date or claim-date; energy_content bp, heating-value-range, a shipped factor id or `VALUE UNIT`; density `VALUE UNIT`; sign same or deficit-against-balance; aggregation range or mean."),
        new(ErrorCodes.SelfCheck, "a checks file row checking `gas-price-offered-2020` against `claim:gas-price-offered-2020`", () => Checks("gas-price-offered-2020,claim:gas-price-offered-2020,verification,", ErrorCodes.SelfCheck),
            "Check the claim against another claim, a series or a reported figure."),
        new(ErrorCodes.UnknownUnit, "`Unit.Parse(\"usd/MWh\")`", () => Throws(() => Unit.Parse("usd/MWh")),
            "Use a known symbol (case-sensitive) or an ISO 4217 code in upper case."),
        new(ErrorCodes.MalformedUnit, "`Unit.Parse(\"USD/m3/year\")`", () => Throws(() => Unit.Parse("USD/m3/year")),
            "Write NUMERATOR/DENOMINATOR with one `/`; join several terms with `*`."),
        new(ErrorCodes.InvalidFigure, "`Figure.Create(\"\", BoundKind.Exact, 1m, Unit.Parse(\"USD\"))`", () => Throws(() => Figure.Create(string.Empty, BoundKind.Exact, 1m, Unit.Parse("USD"))),
            "Give the figure's printed text."),
        new(ErrorCodes.MalformedPeriod, "`Period.Parse(\"Feb 2020\")`", () => Throws(() => Period.Parse("Feb 2020")),
            "Write YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or START/END."),
        new(ErrorCodes.InvalidInterval, "`Interval.Parse(\"[6, 4]\")`", () => Throws(() => Interval.Parse("[6, 4]")),
            "Write the low end first; use the forms [a, b], (a, b), [a, +∞) …"),
        new(ErrorCodes.UnitFactorOutOfRange, "`Unit.Parse(\"79228162514264337593543950335 tcm\")`", () => Throws(() => Unit.Parse("79228162514264337593543950335 tcm")),
            "Use a reasonable reference quantity (the unit's factor must fit a decimal exactly)."),
        new(ErrorCodes.ScaledValueOutOfRange, "`value` = `79228162514264337593543950335` with `scale` = `trillion`",
            () => Csv(BuildCsv(ValidRow().With("value", "79228162514264337593543950335").With("scale", "trillion")), ErrorCodes.ScaledValueOutOfRange),
            "Write the number with a smaller scale word (or none), or with fewer digits, so that value × scale fits a decimal exactly."),
        new(ErrorCodes.IncompatibleUnits, "`Quantity.Exactly(1m, Unit.Parse(\"bcm\")) + Quantity.Exactly(1m, Unit.Parse(\"t\"))`", () => Throws(() => Quantity.Exactly(1m, Unit.Parse("bcm")) + Quantity.Exactly(1m, Unit.Parse("t"))),
            "Only add, subtract, compare or convert quantities of the same dimensions."),
        new(ErrorCodes.MissingAssumption, "`Quantity.Exactly(1m, Unit.Parse(\"USD\")).ConvertTo(Unit.Parse(\"EUR\"))`", () => Throws(() => Quantity.Exactly(1m, Unit.Parse("USD")).ConvertTo(Unit.Parse("EUR"))),
            "Give the assumption the conversion needs (a dated exchange rate, a gas energy content, days per year)."),
        new(ErrorCodes.PercentVersusPoints, "`Quantity.Exactly(5m, Unit.Percent) + Quantity.Exactly(1m, Unit.PercentagePoints)`", () => Throws(() => Quantity.Exactly(5m, Unit.Percent) + Quantity.Exactly(1m, Unit.PercentagePoints)),
            "Convert explicitly: a difference of two rates is in percentage points, a relative change in percent."),
        new(ErrorCodes.DivisionByZero, "`Interval.Point(1m) / Interval.Point(0m)`", () => Throws(() => Interval.Point(1m) / Interval.Point(0m)),
            "Do not divide by a quantity that is exactly zero."),
        new(ErrorCodes.NotAComparison, "`Comparison.Of(ClaimSet.Shipped[\"gas-price-offered-2020\"])` (a claim about a level)",
            () => Throws(() => Comparison.Of(ClaimSet.Shipped["gas-price-offered-2020"])),
            "Ask for a comparison only of a claim whose `compared_with` names the quantity its subject is compared with."),
        new(ErrorCodes.ComparisonMismatch, "`Checker.Check(ClaimSet.Shipped[\"korybko-higher-price-than-west\"], \"worldbank.NGAS_EUR\")` (a comparison against one series)",
            () => Throws(() => EnergyFigures.Checks.Checker.Check(ClaimSet.Shipped["korybko-higher-price-than-west"], "worldbank.NGAS_EUR")),
            "Check a comparison claim with `Checker.CheckComparison` and a reference for each side (or against a reported comparison); compare levels with levels."),
        new(ErrorCodes.CommodityMismatch, "`Quantity.Exactly(55m, Unit.Parse(\"USD/bbl\")).ConvertTo(Unit.Parse(\"USD/1000 m3\"), GasEnergyContent.Bp)`", () => Throws(() => Quantity.Exactly(55m, Unit.Parse("USD/bbl")).ConvertTo(Unit.Parse("USD/1000 m3"), GasEnergyContent.Bp)),
            "Give an energy-equivalence assumption for each commodity (e.g. OilEnergyContent.EiaPerBarrel with GasEnergyContent.Bp), or compare figures of the same commodity."),
        new(ErrorCodes.InvalidState, "`default(Quantity).Unit`", () => Throws(() => default(Quantity).Unit),
            "Make values with their constructors or factories (Quantity.Exactly, Claim with its parts); default values are not usable."),
        new(ErrorCodes.UnknownClaim, "`ClaimSet.Shipped[\"no-such-claim\"]`", () => Throws(() => ClaimSet.Shipped["no-such-claim"]),
            "Use an id of the set (`energy-figures list` shows them)."),
        new(ErrorCodes.AssumptionMismatch, "`ExchangeRate.Create(\"USD\", \"EUR\", -1.1m, new DateOnly(2020, 2, 6), citation)`",
            () => Throws(() => ExchangeRate.Create("USD", "EUR", -1.1m, new DateOnly(2020, 2, 6), new Citation("ECB", "Euro foreign exchange reference rates"))),
            "Give a positive rate between two different ISO 4217 currencies, for the day it applies to."),
        new(ErrorCodes.UnknownSeries, "`ReferenceLibrary.Shipped.Get(\"worldbank.NGAS_XX\")`", () => Throws(() => ReferenceLibrary.Shipped.Get("worldbank.NGAS_XX")),
            "Use one of the series ids the message lists (`ReferenceLibrary.Shipped.Ids`)."),
        new(ErrorCodes.OutsideCoverage, "`ReferenceLibrary.Shipped.Get(\"fred.TB3MS\").ValueFor(Period.Month(1900, 1))`", () => Throws(() => ReferenceLibrary.Shipped.Get("fred.TB3MS").ValueFor(Period.Month(1900, 1))),
            "Ask for a period inside the series' coverage, which the message states."),
        new(ErrorCodes.NoObservation, "`ReferenceSeries.Create(\"my.series\", ..., observations: [])`",
            () => Throws(() => ReferenceSeries.Create("my.series", "My series", Unit.Parse("USD/MMBtu"), Frequency.Monthly, new Citation("Me", "My data"), [])),
            "Give at least one observation, or for a lookup pick a period with one."),
        new(ErrorCodes.PeriodNotInSeriesFrequency, "a monthly series given an observation for the day `2020-02-06`",
            () => Throws(() => ReferenceSeries.Create("my.series", "My series", Unit.Parse("USD/MMBtu"), Frequency.Monthly, new Citation("Me", "My data"), [new Observation(Period.Parse("2020-02-06"), 1m)])),
            "Write each period in the series' frequency: YYYY-MM for monthly series, YYYY-MM-DD for daily ones."),
        new(ErrorCodes.ChartInputUnusable, "`Chart.Comparison(\"Title\", Array.Empty<Claim>())`",
            () => Throws(() => EnergyFigures.Charts.Chart.Comparison("Title", Array.Empty<Claim>())),
            "Give the chart the input it needs: at least one claim, bounded values where a band or spread is drawn."),
        new(ErrorCodes.UnsupportedColumnType, "an Arrow IPC file whose `value` column holds 32-bit integers, read with `DataExport.ReadArrow`",
            () => Throws(() => DataExport.ReadArrow(IntArrowFile())),
            "Write numbers as decimal128 (exact values), text as utf8, dates as date32 and flags as bool; or convert the column before reading."),
        new(ErrorCodes.UnknownExportTable, "`energy-figures export --table claim -o x.csv` (`TableExport.ParseTable(\"claim\")`)",
            () => Throws(() => EnergyFigures.Interchange.TableExport.ParseTable("claim")),
            "Name one of the tables: claims, appearances, checks, series, observations, reported."),
        new(ErrorCodes.UnknownExportFormat, "`energy-figures export -o claims.xlsx` (no format given; the extension names none)",
            () => Throws(() => EnergyFigures.Interchange.TableExport.FormatOfPath("claims.xlsx")),
            "Name the file .csv, .json, .jsonl, .arrow or .parquet, or give the format with --format."),
        new(ErrorCodes.PartitionKeyUnusable, "`energy-figures export --table series --partition-by year -o series/`",
            () => Throws(() => EnergyFigures.Interchange.TableExport.WritePartitionedAsync(EnergyFigures.Interchange.ExportData.Shipped, EnergyFigures.Interchange.ExportTable.Series, EnergyFigures.Interchange.ExportFormat.Parquet, Path.GetTempPath(), "year").GetAwaiter().GetResult()),
            "Partition the claims, appearances, reported and checks tables by year or topic, the observations by year; write the series table as one file."),
        new(ErrorCodes.OutputFolderNotEmpty, "`energy-figures export --partition-by year -o archive/` where `archive/` already holds files",
            NonEmptyFolder,
            "Write into a new or empty folder (delete or move the old export first)."),
        new(ErrorCodes.ReviewerRequired, "`energy-figures export --format claimreview -o reviews.jsonl` without `--reviewer`",
            () => Throws(() => EnergyFigures.Publishing.ClaimReviews.ToJsonLd(EnergyFigures.Checks.ArticleChecks.All()[0], new EnergyFigures.Publishing.ClaimReviewOptions(" "))),
            "Give the reviewing organisation's name with --reviewer NAME (ClaimReviewOptions.ReviewerName); it is the review's schema.org author and is never filled in for you."),
        new(ErrorCodes.NotReviewable, "`ClaimReviews.ToJsonLd` of the shipped check of `oil-premium-hungary-poland` declared uncheckable",
            () => Throws(() => EnergyFigures.Publishing.ClaimReviews.ToJsonLd(EnergyFigures.Checks.ArticleChecks.All().First(c => c.Claim.Id == "oil-premium-hungary-poland" && c.Result is null), new EnergyFigures.Publishing.ClaimReviewOptions("Example Fact Check"))),
            "Publish only checks with a verdict (ClaimReviews.IsReviewable); the command line leaves the others out and counts them."),
        new(ErrorCodes.BadCorpusLine, "`energy-figures extract --corpus corpus.jsonl` whose line 2 is `{\"id\": \"b\"}` (no text)",
            () => Throws(() => EnergyFigures.Cli.Commands.ExtractCorpus.Process(new MemoryStream("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\": \"b\"}\n"u8.ToArray()), new MemoryStream(), EnergyFigures.Interchange.ExportFormat.JsonLines, 2)),
            "Write one JSON object per line with a string (or number) `id` and a string `text`; blank lines are skipped, other members ignored."),
        new(ErrorCodes.EmbeddedDataDamaged, "a build whose assembly lacks an embedded resource", () => Throws(() => EmbeddedData.Open("EnergyFigures.Data.missing.csv")),
            "Rebuild the package; report it as a bug."),
    ];

    private static Produced NonEmptyFolder()
    {
        var dir = Directory.CreateTempSubdirectory("ef-catalogue-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "old.parquet"), "x");
            var produced = Throws(() => EnergyFigures.Interchange.TableExport.WritePartitionedAsync(EnergyFigures.Interchange.ExportData.Shipped, EnergyFigures.Interchange.ExportTable.Claims, EnergyFigures.Interchange.ExportFormat.Parquet, dir, "year").GetAwaiter().GetResult());
            return produced with { Text = produced.Text.Replace(dir, "archive", StringComparison.Ordinal) };
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static MemoryStream IntArrowFile()
    {
        var values = new Apache.Arrow.Int32Array.Builder().Append(127).Build();
        var schema = new Apache.Arrow.Schema.Builder().Field(f => f.Name("value").DataType(Apache.Arrow.Types.Int32Type.Default)).Build();
        using var batch = new Apache.Arrow.RecordBatch(schema, [values], 1);
        var ms = new MemoryStream();
        using (var writer = new Apache.Arrow.Ipc.ArrowFileWriter(ms, schema, leaveOpen: true))
        {
            writer.WriteRecordBatch(batch);
            writer.WriteEnd();
        }

        ms.Position = 0;
        return ms;
    }

    private static Produced Csv(string csv, string code) => FromReport(ClaimsCsv.ValidateText(csv, "claims.csv"), code);

    private static Produced CsvStream(string csv, int max, string code) =>
        FromReport(ClaimsCsv.Validate(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "claims.csv", max), code);

    private static Produced CsvBytes(byte[] bytes, string code) => FromReport(ClaimsCsv.Validate(new MemoryStream(bytes), "claims.csv"), code);

    private static Produced InvalidUtf8()
    {
        var text = BuildCsv(ValidRow().With("subject", "Caf#"));
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xE9;
        return CsvBytes(bytes, ErrorCodes.InvalidUtf8);
    }

    private static Produced Row(string column, string value, string code) => Csv(BuildCsv(ValidRow().With(column, value)), code);

    private static Produced ConflictingRows()
    {
        var a = ValidRow("multi");
        var second = a.With("source_outlet", "Second Outlet").With("quote", "Again: $127 per 1,000 cubic meters.").With("period", "2021");
        return Csv(BuildCsv(a, second), ErrorCodes.ConflictingRows);
    }

    private static Produced Unreadable()
    {
        var dir = Path.Combine(Path.GetTempPath(), "no-such-dir-ef");
        var produced = FromReport(ClaimsCsv.Validate(Path.Combine(dir, "claims.csv")), ErrorCodes.FileUnreadable);
        return produced with { Text = produced.Text.Replace(dir, "/tmp/no-such-dir", StringComparison.Ordinal) };
    }

    private static Produced FromReport(ValidationReport report, string code)
    {
        var d = report.Diagnostics.FirstOrDefault(x => x.Code == code) ?? (report.Diagnostics.Count > 0 ? report.Diagnostics[0] : null);
        return d is null ? new Produced("(none)", "(no diagnostic)") : new Produced(d.Code, d.ToString());
    }

    private static Produced Checks(string row, string code, string header = "claim,against,role,reading") =>
        FromChecks(EnergyFigures.Checks.ChecksCsv.ValidateText(header + "\n" + row + "\n", "checks.csv", ClaimSet.Shipped), code);

    private static Produced FromChecks(EnergyFigures.Checks.ChecksReport report, string code)
    {
        var d = report.Diagnostics.FirstOrDefault(x => x.Code == code) ?? (report.Diagnostics.Count > 0 ? report.Diagnostics[0] : null);
        return d is null ? new Produced("(none)", "(no problem)") : new Produced(d.Code, d.ToString());
    }

    private static Produced Throws(Func<object?> action)
    {
        try
        {
            action();
            return new Produced("(none)", "(no exception)");
        }
        catch (EnergyFiguresException e)
        {
            return new Produced(e.Code, e.ToString().Split('\n')[0].TrimEnd('\r'));
        }
    }
}
