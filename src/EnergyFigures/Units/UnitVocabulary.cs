using System.Collections.Frozen;

namespace EnergyFigures.Units;

/// <summary>
/// One unit symbol of the vocabulary: its spellings, what it measures, and its exact factor to the base
/// unit of its dimension with the source of that factor.
/// </summary>
/// <param name="Symbol">The symbol in EnergyFigures unit syntax, e.g. <c>bbl</c>.</param>
/// <param name="Aliases">Other spellings accepted in unit syntax (e.g. <c>b</c>, <c>barrel</c> for <c>bbl</c>).</param>
/// <param name="Words">Spellings met in running text, lower case (e.g. <c>barrel</c>, <c>barrels</c>), for extraction and wording.</param>
/// <param name="Kind">The dimension, or null for a plain number (<c>1</c>, <c>percent</c>).</param>
/// <param name="Currency">For a currency subunit (pence), the ISO 4217 code of its currency; else null.</param>
/// <param name="DefaultCommodity">The commodity inferred when the unit is written without an annotation (a barrel is of crude oil, a cubic metre of natural gas), or <see cref="Commodity.Unspecified"/>.</param>
/// <param name="FactorNumerator">Numerator of the exact factor to the dimension's base unit.</param>
/// <param name="FactorDenominator">Denominator of the exact factor to the dimension's base unit.</param>
/// <param name="Natural">The unit in words for people, e.g. <c>bbl</c>, <c>million m³</c>.</param>
/// <param name="Source">Where the factor comes from (a definition, a standard, a publisher).</param>
public sealed record UnitVocabularyEntry(
    string Symbol,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Words,
    DimensionKind? Kind,
    string? Currency,
    Commodity DefaultCommodity,
    decimal FactorNumerator,
    decimal FactorDenominator,
    string Natural,
    string Source)
{
    /// <summary>The symbol, its factor to the base unit and its source, culture-invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Symbol} = {FactorNumerator}/{FactorDenominator} × base {Kind?.ToString() ?? "number"} ({Source})");
}

/// <summary>
/// The one table of units the library knows: the unit parser (<see cref="Unit.Parse(string)"/>), the CSV
/// reader (through the parser), the wording (<see cref="Unit.ToString(string, IFormatProvider)"/> with
/// <c>N</c>) and the extractor's word lookup (<see cref="TryFromWords"/>) all read it. Every factor names its
/// source; <c>docs/arithmetic.md</c> lists them. Currencies are the ISO 4217 codes and are not listed here
/// (each is its own dimension), except the pence subunits. Immutable and thread-safe.
/// </summary>
public static class UnitVocabulary
{
    private const string Si = "SI prefix (BIPM, The International System of Units, 9th edition, 2019)";
    private const string Foot = "international foot = 0.3048 m exactly (1959 international yard and pound agreement; NIST SP 811, 2008, appendix B)";
    private const string Barrel = "US oil barrel = 42 US gallons = 158.987294928 litres exactly (NIST SP 811, 2008, appendix B; NIST Handbook 44)";
    private const string IeaBarrels = "IEA Oil Market Report abbreviations (kb/d = thousand barrels per day, mb/d = million barrels per day)";
    private const string EiaBarrels = "US EIA abbreviations (Mbbl = thousand barrels, MMbbl = million barrels)";
    private const string Btu = "1 MMBtu = 1.055056 GJ: the (IT) British thermal unit, 1055.05585262 J, to 7 significant digits as BP and the shipped conversion_factors.csv (mmbtu.gj) use it";
    private const string WattHour = "1 Wh = 3600 J by definition (SI)";
    private const string Toe = "1 toe = 10 Gcal (IT) = 41.868 GJ by definition (IEA/OECD/Eurostat Energy Statistics Manual, 2005; BP approximate conversion factors)";
    private const string Boe = "1 boe = 5.8 MMBtu (US EIA Glossary: a barrel of oil equivalent is about 5.8 million Btu)";
    private const string Calendar = "calendar definition (a year has 4 quarters and 12 months)";
    private const string Pence = "1 pound sterling = 100 pence (ISO 4217 lists 2 minor-unit digits for GBP; GBX/GBp are the market codes for pence sterling)";

    private static readonly UnitVocabularyEntry[] Table =
    [
        E("1", [], [], null, Commodity.Unspecified, 1m, 1m, "ratio", "a plain ratio"),
        E("percent", ["%"], ["percent", "per cent", "%", "pct"], null, Commodity.Unspecified, 1m, 100m, "%", "definition (1 percent = 1/100)"),
        E("pp", [], ["percentage point", "percentage points", "pp", "ppt", "ppts", "pps", "percentage pt", "percentage pts"], DimensionKind.PercentagePoint, Commodity.Unspecified, 1m, 1m, "percentage points", "base unit"),
        E("bp", [], ["basis point", "basis points", "bp", "bps"], DimensionKind.PercentagePoint, Commodity.Unspecified, 1m, 100m, "basis points", "definition (1 basis point = 1/100 percentage point)"),
        E("index", [], ["index points"], DimensionKind.IndexPoint, Commodity.Unspecified, 1m, 1m, "index points", "base unit"),

        // Volumes of gas (natural gas unless annotated).
        E("m3", ["m³"], ["cubic metre", "cubic metres", "cubic meter", "cubic meters", "m3", "m³", "cu m", "cu. m"], DimensionKind.Volume, Commodity.NaturalGas, 1m, 1m, "m³", "base unit (SI)"),
        E("mcm", [], ["mcm", "million cubic metres", "million cubic meters"], DimensionKind.Volume, Commodity.NaturalGas, 1_000_000m, 1m, "million m³", Si),
        E("bcm", [], ["bcm", "billion cubic metres", "billion cubic meters"], DimensionKind.Volume, Commodity.NaturalGas, 1_000_000_000m, 1m, "billion m³", Si),
        E("tcm", [], ["trillion cubic metres", "trillion cubic meters"], DimensionKind.Volume, Commodity.NaturalGas, 1_000_000_000_000m, 1m, "trillion m³", Si),
        E("ft3", ["cf"], ["cubic foot", "cubic feet", "cu ft", "cu. ft", "cf"], DimensionKind.Volume, Commodity.NaturalGas, 0.028316846592m, 1m, "cubic feet", Foot),
        E("Mcf", [], ["mcf", "thousand cubic feet"], DimensionKind.Volume, Commodity.NaturalGas, 28.316846592m, 1m, "thousand cubic feet", Foot + "; M = thousand in US gas usage (US EIA)"),
        E("bcf", [], ["bcf", "billion cubic feet"], DimensionKind.Volume, Commodity.NaturalGas, 28_316_846.592m, 1m, "billion cubic feet", Foot),
        E("tcf", [], ["tcf", "trillion cubic feet"], DimensionKind.Volume, Commodity.NaturalGas, 28_316_846_592m, 1m, "trillion cubic feet", Foot),

        // Volumes of oil (crude oil unless annotated).
        E("bbl", ["b", "barrel"], ["barrel", "barrels", "bbl", "bbls"], DimensionKind.Volume, Commodity.CrudeOil, 0.158987294928m, 1m, "bbl", Barrel),
        E("kb", [], ["kb", "thousand barrels"], DimensionKind.Volume, Commodity.CrudeOil, 158.987294928m, 1m, "thousand barrels", Barrel + "; " + IeaBarrels),
        E("mb", [], ["mb", "million barrels"], DimensionKind.Volume, Commodity.CrudeOil, 158_987.294928m, 1m, "million barrels", Barrel + "; " + IeaBarrels),
        E("Mbbl", [], ["mbbl"], DimensionKind.Volume, Commodity.CrudeOil, 158.987294928m, 1m, "thousand barrels", Barrel + "; " + EiaBarrels),
        E("MMbbl", [], ["mmbbl"], DimensionKind.Volume, Commodity.CrudeOil, 158_987.294928m, 1m, "million barrels", Barrel + "; " + EiaBarrels),

        // Energy (neutral: a joule is a joule whatever carries it).
        E("GJ", [], ["gj", "gigajoule", "gigajoules"], DimensionKind.Energy, Commodity.Unspecified, 1m, 1m, "GJ", "base unit (SI)"),
        E("MJ", [], ["mj", "megajoule", "megajoules"], DimensionKind.Energy, Commodity.Unspecified, 1m, 1000m, "MJ", Si),
        E("TJ", [], ["tj", "terajoule", "terajoules"], DimensionKind.Energy, Commodity.Unspecified, 1000m, 1m, "TJ", Si),
        E("PJ", [], ["pj", "petajoule", "petajoules"], DimensionKind.Energy, Commodity.Unspecified, 1_000_000m, 1m, "PJ", Si),
        E("kWh", [], ["kwh", "kilowatt hour", "kilowatt-hour", "kilowatt hours", "kilowatt-hours"], DimensionKind.Energy, Commodity.Unspecified, 0.0036m, 1m, "kWh", WattHour),
        E("MWh", [], ["mwh", "megawatt hour", "megawatt-hour", "megawatt hours", "megawatt-hours"], DimensionKind.Energy, Commodity.Unspecified, 3.6m, 1m, "MWh", WattHour),
        E("GWh", [], ["gwh", "gigawatt hour", "gigawatt-hour", "gigawatt hours", "gigawatt-hours"], DimensionKind.Energy, Commodity.Unspecified, 3600m, 1m, "GWh", WattHour),
        E("TWh", [], ["twh", "terawatt hour", "terawatt-hour", "terawatt hours", "terawatt-hours"], DimensionKind.Energy, Commodity.Unspecified, 3_600_000m, 1m, "TWh", WattHour),
        E("MMBtu", ["mmbtu", "MMBTU"], ["mmbtu", "million british thermal units", "million btu"], DimensionKind.Energy, Commodity.Unspecified, 1.055056m, 1m, "MMBtu", Btu),
        E("therm", ["thm"], ["therm", "therms"], DimensionKind.Energy, Commodity.Unspecified, 0.1055056m, 1m, "therms", "1 therm = 100,000 Btu (US EIA); " + Btu),
        E("toe", [], ["toe", "tonne of oil equivalent", "tonnes of oil equivalent"], DimensionKind.Energy, Commodity.Unspecified, 41.868m, 1m, "tonnes of oil equivalent", Toe),
        E("Mtoe", [], ["mtoe", "million tonnes of oil equivalent"], DimensionKind.Energy, Commodity.Unspecified, 41_868_000m, 1m, "million tonnes of oil equivalent", Toe),
        E("boe", [], ["boe", "barrel of oil equivalent", "barrels of oil equivalent"], DimensionKind.Energy, Commodity.Unspecified, 6.1193248m, 1m, "barrels of oil equivalent (5.8 MMBtu)", Boe + "; " + Btu),

        // Mass (of an unstated commodity unless annotated).
        E("t", ["tonne"], ["t", "tonne", "tonnes", "metric ton", "metric tons", "ton", "tons"], DimensionKind.Mass, Commodity.Unspecified, 1m, 1m, "t", "base unit (1 t = 1000 kg, SI)"),
        E("kg", [], ["kg", "kilogram", "kilograms"], DimensionKind.Mass, Commodity.Unspecified, 1m, 1000m, "kg", Si),
        E("kt", [], ["kt", "thousand tonnes"], DimensionKind.Mass, Commodity.Unspecified, 1000m, 1m, "thousand tonnes", Si),
        E("Mt", [], ["million tonnes"], DimensionKind.Mass, Commodity.Unspecified, 1_000_000m, 1m, "million tonnes", Si),

        // Time.
        E("year", ["yr", "y", "a"], ["year", "years", "a year", "annually", "per annum"], DimensionKind.Time, Commodity.Unspecified, 1m, 1m, "year", "base unit"),
        E("quarter", [], ["quarter", "quarters"], DimensionKind.Time, Commodity.Unspecified, 1m, 4m, "quarter", Calendar),
        E("month", [], ["month", "months"], DimensionKind.Time, Commodity.Unspecified, 1m, 12m, "month", Calendar),
        E("day", ["d"], ["day", "days", "a day", "daily"], DimensionKind.Day, Commodity.Unspecified, 1m, 1m, "day", "base unit (days are kept apart from years: days per year is an assumption)"),
        E("week", ["wk"], ["week", "weeks", "a week", "weekly"], DimensionKind.Day, Commodity.Unspecified, 7m, 1m, "week", "definition (1 week = 7 days)"),

        // Currency subunits.
        new("GBX", ["GBp", "p"], ["pence", "penny", "p"], DimensionKind.Currency, "GBP", Commodity.Unspecified, 1m, 100m, "pence sterling", Pence),
    ];

    private static readonly FrozenDictionary<string, UnitVocabularyEntry> BySymbol = BuildBySymbol();
    private static readonly FrozenDictionary<string, UnitVocabularyEntry> ByWords = BuildByWords();

    /// <summary>Every entry, in the order of the table (dimensionless, gas volumes, oil volumes, energy, mass, time, currency subunits).</summary>
    public static IReadOnlyList<UnitVocabularyEntry> Entries => Table;

    /// <summary>The entry for a symbol or alias in unit syntax (case-sensitive: <c>Mt</c> is not <c>mt</c>).</summary>
    /// <param name="symbol">The symbol, e.g. <c>bbl</c> or <c>b</c>.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(string symbol, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out UnitVocabularyEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return BySymbol.TryGetValue(symbol, out entry);
    }

    /// <summary>
    /// The unit symbol for words met in running text (<c>barrels</c> → <c>bbl</c>, <c>megawatt-hour</c> →
    /// <c>MWh</c>), ordinal and case-insensitive after collapsing white space. The hook the extractor reads.
    /// </summary>
    /// <param name="words">The words.</param>
    /// <param name="symbol">The symbol, when known.</param>
    /// <returns><see langword="true"/> when known.</returns>
    public static bool TryFromWords(string words, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? symbol)
    {
        ArgumentNullException.ThrowIfNull(words);
        var key = string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        if (ByWords.TryGetValue(key, out var e))
        {
            symbol = e.Symbol;
            return true;
        }

        symbol = null;
        return false;
    }

    private static UnitVocabularyEntry E(string symbol, string[] aliases, string[] words, DimensionKind? kind, Commodity commodity, decimal num, decimal den, string natural, string source) =>
        new(symbol, aliases, words, kind, null, commodity, num, den, natural, source);

    private static FrozenDictionary<string, UnitVocabularyEntry> BuildBySymbol()
    {
        var d = new Dictionary<string, UnitVocabularyEntry>(StringComparer.Ordinal);
        foreach (var e in Table)
        {
            d.Add(e.Symbol, e);
            foreach (var a in e.Aliases)
            {
                d.Add(a, e);
            }
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, UnitVocabularyEntry> BuildByWords()
    {
        var d = new Dictionary<string, UnitVocabularyEntry>(StringComparer.Ordinal);
        foreach (var e in Table)
        {
            foreach (var w in e.Words)
            {
                d.TryAdd(w.ToLowerInvariant(), e);
            }
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
