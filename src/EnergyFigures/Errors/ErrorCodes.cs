namespace EnergyFigures.Errors;

/// <summary>
/// The stable error codes of EnergyFigures. Every exception the library throws on purpose and every
/// validation diagnostic carries one of these codes; <c>docs/errors.md</c> lists them with a sample input,
/// the message and the fix. Codes never change meaning once published.
/// </summary>
public static class ErrorCodes
{
    // ---- EF1xxx: claims files (reading and validation) ----

    /// <summary>The file is empty: it has no header row.</summary>
    public const string EmptyFile = "EF1001";
    /// <summary>A required column is missing from the header.</summary>
    public const string MissingColumn = "EF1002";
    /// <summary>The header names a column the schema does not know.</summary>
    public const string UnknownColumn = "EF1003";
    /// <summary>The header names the same column twice.</summary>
    public const string DuplicateColumn = "EF1004";
    /// <summary>The CSV itself is malformed (for example a quote never closed).</summary>
    public const string MalformedCsv = "EF1005";
    /// <summary>A record is larger than the reader's limit.</summary>
    public const string RecordTooLarge = "EF1006";
    /// <summary>A record has more fields than the header.</summary>
    public const string TooManyFields = "EF1007";
    /// <summary>The file could not be read (not found, no permission, not text).</summary>
    public const string FileUnreadable = "EF1008";
    /// <summary>A required field is empty.</summary>
    public const string MissingValue = "EF1010";
    /// <summary>A number does not parse as an invariant-culture decimal.</summary>
    public const string BadNumber = "EF1011";
    /// <summary>A unit is not known (see <see cref="UnknownUnit"/> for the parser's own code).</summary>
    public const string BadUnit = "EF1012";
    /// <summary>The bound kind is not one of the known words.</summary>
    public const string BadBound = "EF1013";
    /// <summary>The scale word is not one of the known words.</summary>
    public const string BadScale = "EF1014";
    /// <summary>A date is not a valid <c>YYYY-MM-DD</c> date.</summary>
    public const string BadDate = "EF1015";
    /// <summary>A period is not one of the period forms.</summary>
    public const string BadPeriod = "EF1016";
    /// <summary>The low side of a range is above its high side.</summary>
    public const string LowAboveHigh = "EF1017";
    /// <summary>A range lacks one of its sides.</summary>
    public const string RangeMissingSide = "EF1018";
    /// <summary>A field is given that the bound kind does not take (for example <c>value_high</c> on an exact figure).</summary>
    public const string UnexpectedValue = "EF1019";
    /// <summary>A tolerance is zero or negative, or missing where the bound needs it.</summary>
    public const string BadTolerance = "EF1020";
    /// <summary>Two claims share an id.</summary>
    public const string DuplicateId = "EF1021";
    /// <summary>An id does not follow the id rules.</summary>
    public const string BadId = "EF1022";
    /// <summary>The quote is missing.</summary>
    public const string MissingQuote = "EF1023";
    /// <summary>The claimant is missing.</summary>
    public const string MissingClaimant = "EF1024";
    /// <summary>The quote does not contain the figure's printed text.</summary>
    public const string QuoteLacksText = "EF1025";
    /// <summary>A URL is not an absolute http or https URL.</summary>
    public const string BadUrl = "EF1026";
    /// <summary>Rows of one claim (same id, consecutive) disagree on a claim column.</summary>
    public const string ConflictingRows = "EF1027";
    /// <summary>A country is not an ISO 3166-1 alpha-2 code.</summary>
    public const string BadCountry = "EF1028";
    /// <summary>The quote kind is not <c>verbatim</c> or <c>summary</c>.</summary>
    public const string BadQuoteKind = "EF1029";
    /// <summary>A field holds a control character (such as NUL) that text fields may not hold.</summary>
    public const string ControlCharacter = "EF1030";
    /// <summary>The bytes of the file are not valid UTF-8 (the message names the line and byte offset); nothing is replaced.</summary>
    public const string InvalidUtf8 = "EF1101";
    /// <summary>The file looks like UTF-16 without a byte order mark.</summary>
    public const string Utf16WithoutByteOrderMark = "EF1102";
    /// <summary>The header has more columns than <c>ClaimsCsv.MaxColumns</c>.</summary>
    public const string TooManyColumns = "EF1103";
    /// <summary>More problems of one code than a report lists (<c>ClaimsCsv.MaxDiagnosticsPerCode</c>); this diagnostic says how many more.</summary>
    public const string ProblemsNotListed = "EF1104";

    // ---- EF12xx: checks files (data/checks.csv and a user's own) ----

    /// <summary>A checks file names a claim the claims file does not hold.</summary>
    public const string UnknownCheckedClaim = "EF1201";
    /// <summary>A checks file's <c>against</c> is not <c>series:ID</c>, <c>reported:ID</c> or <c>claim:ID</c>.</summary>
    public const string BadCheckTarget = "EF1202";
    /// <summary>A checks file's <c>against</c> names a series, reported figure or claim that does not exist.</summary>
    public const string UnknownCheckTarget = "EF1203";
    /// <summary>A checks file's <c>role</c> is not one of the roles.</summary>
    public const string BadCheckRole = "EF1204";
    /// <summary>A checks file's <c>reading</c> is not <c>as-stated</c> or <c>implied-precision</c>.</summary>
    public const string BadReading = "EF1205";
    /// <summary>A checks file names an assumption (exchange rates, energy content, density, sign, aggregation) that is not known.</summary>
    public const string BadAssumptionName = "EF1206";
    /// <summary>A checks file checks a claim against itself (a check that cannot fail).</summary>
    public const string SelfCheck = "EF1207";

    // ---- EF13xx: comparison claims (a subject compared with another quantity) ----

    /// <summary>A comparison was asked of a claim that states a level (its <c>compared_with</c> is empty).</summary>
    public const string NotAComparison = "EF1301";
    /// <summary>A comparison claim was held against, or combined with, a level as if it were one (or a level against a comparison).</summary>
    public const string ComparisonMismatch = "EF1302";

    // ---- EF2xxx: parsing of values ----

    /// <summary>A unit symbol is not known.</summary>
    public const string UnknownUnit = "EF2001";
    /// <summary>A unit expression is malformed.</summary>
    public const string MalformedUnit = "EF2002";
    /// <summary>A figure is inconsistent (for example a range whose sides are reversed).</summary>
    public const string InvalidFigure = "EF2003";
    /// <summary>A period expression is malformed.</summary>
    public const string MalformedPeriod = "EF2004";
    /// <summary>An interval expression is malformed or empty where it may not be.</summary>
    public const string InvalidInterval = "EF2005";
    /// <summary>A unit's conversion factor does not fit a decimal exactly (reference quantities too large or too small, or too many of them).</summary>
    public const string UnitFactorOutOfRange = "EF2010";
    /// <summary>A figure's value, high side or tolerance times its scale word (e.g. <c>trillion</c>) does not fit a decimal exactly.</summary>
    public const string ScaledValueOutOfRange = "EF2050";

    // ---- EF3xxx: arithmetic, conversions and comparisons ----

    /// <summary>Two quantities have units that cannot be combined or converted.</summary>
    public const string IncompatibleUnits = "EF3001";
    /// <summary>A conversion needs an assumption (an energy content, an exchange rate) that was not given.</summary>
    public const string MissingAssumption = "EF3002";
    /// <summary>Percent and percentage points were mixed.</summary>
    public const string PercentVersusPoints = "EF3003";
    /// <summary>Division by an interval that is exactly zero.</summary>
    public const string DivisionByZero = "EF3004";
    /// <summary>An assumption does not apply to the figure it was given for (wrong units, wrong date).</summary>
    public const string AssumptionMismatch = "EF3005";
    /// <summary>Two quantities measure different commodities (a price per barrel of crude oil and one per 1,000 m³ of natural gas) and no energy-equivalence assumption bridges them.</summary>
    public const string CommodityMismatch = "EF3101";
    /// <summary>A value was used in a state it cannot have: an uninitialised (default) quantity, figure or period, or an object constructed with invalid parts.</summary>
    public const string InvalidState = "EF3102";

    // ---- EF4xxx: datasets, reference data and lookups ----

    /// <summary>No claim has the id asked for.</summary>
    public const string UnknownClaim = "EF4001";
    /// <summary>No reference series has the id asked for.</summary>
    public const string UnknownSeries = "EF4002";
    /// <summary>A date or period lies outside a series' coverage.</summary>
    public const string OutsideCoverage = "EF4003";
    /// <summary>Embedded data is missing or damaged (a build problem).</summary>
    public const string EmbeddedDataDamaged = "EF4004";
    /// <summary>A series has no observation for a period inside its coverage (e.g. a day the ECB published no rate).</summary>
    public const string NoObservation = "EF4005";
    /// <summary>A period does not match a series' frequency (e.g. a single day asked of a monthly series).</summary>
    public const string PeriodNotInSeriesFrequency = "EF4006";

    // ---- EF5xxx: charts ----

    /// <summary>A chart cannot draw its input as given (for example the spread between two open-ended bounds, or a series with no observations).</summary>
    public const string ChartInputUnusable = "EF5001";

    // ---- EF6xxx: interchange (DataFrames, Arrow, Parquet) ----

    /// <summary>A column of a DataFrame, Arrow or Parquet file has a type the reader cannot take.</summary>
    public const string UnsupportedColumnType = "EF6001";
    /// <summary>An export names a table that does not exist (expected claims, appearances, checks, series, observations or reported).</summary>
    public const string UnknownExportTable = "EF6002";
    /// <summary>An export names a format that does not exist, or its file's extension names none.</summary>
    public const string UnknownExportFormat = "EF6003";
    /// <summary>A partitioned export names a key the table does not have.</summary>
    public const string PartitionKeyUnusable = "EF6004";
    /// <summary>A partitioned export's folder is not empty.</summary>
    public const string OutputFolderNotEmpty = "EF6005";
    // (EF6006-EF6008: publishing — ClaimReview, Wikidata — and corpora, the same category: interchange.)
    /// <summary>A ClaimReview was asked for without the reviewing organisation's name (it is never invented).</summary>
    public const string ReviewerRequired = "EF6006";
    /// <summary>A check without a verdict (uncheckable, or one that could not run) was asked for as a ClaimReview.</summary>
    public const string NotReviewable = "EF6007";
    /// <summary>A line of a JSON Lines corpus is not an object with a string <c>id</c> and a string <c>text</c>.</summary>
    public const string BadCorpusLine = "EF6008";

    /// <summary>The category of a code: what kind of problem it reports (<see cref="ErrorCategory"/>).</summary>
    /// <param name="code">A code of this class, e.g. <c>EF1011</c>.</param>
    /// <returns>Its category.</returns>
    /// <exception cref="ArgumentException">The text is not an EnergyFigures code (<c>EF</c> and four digits).</exception>
    public static ErrorCategory CategoryOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 6 || !code.StartsWith("EF", StringComparison.Ordinal) || code.AsSpan(2).ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException($"'{code}' is not an EnergyFigures error code (EF and four digits).", nameof(code));
        }

        return code switch
        {
            FileUnreadable => ErrorCategory.Unreadable,
            UnknownClaim or UnknownSeries => ErrorCategory.NotFound,
            EmbeddedDataDamaged => ErrorCategory.Internal,
            _ => code[2] switch
            {
                '1' => ErrorCategory.InvalidData,
                '2' => ErrorCategory.InvalidValue,
                '3' => ErrorCategory.CannotCompute,
                '4' => ErrorCategory.OutsideData,
                '5' => ErrorCategory.Chart,
                _ => ErrorCategory.Interchange,
            },
        };
    }
}
