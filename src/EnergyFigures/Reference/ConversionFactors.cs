using System.Collections.Frozen;
using System.Globalization;
using CsvHelper;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using EnergyFigures.Errors;

namespace EnergyFigures.Reference;

/// <summary>
/// The sourced conversion factors shipped with the library (<c>data/reference/conversion_factors.csv</c>,
/// embedded in the assembly): BP's gas factors, the heating-value range of pipeline gas, the Btu
/// definition. Each is an <see cref="Assumption"/> with its citation. Loaded once, lazily, thread-safely.
/// </summary>
public static class ConversionFactors
{
    internal const string Resource = "EnergyFigures.Data.reference.conversion_factors.csv";

    private static readonly Lazy<FrozenDictionary<string, Assumption>> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<IReadOnlyList<Assumption>> Ordered = new(() => Loaded.Value.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every shipped factor, by id.</summary>
    public static IReadOnlyList<Assumption> All => Ordered.Value;

    /// <summary>The factor with the id (e.g. <c>bp.gas.energy_per_1000m3</c>).</summary>
    /// <param name="id">The id, as in <c>conversion_factors.csv</c>.</param>
    /// <returns>The factor.</returns>
    /// <exception cref="EnergyFiguresException">No factor has the id (<see cref="ErrorCodes.MissingAssumption"/>).</exception>
    public static Assumption Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Loaded.Value.TryGetValue(id, out var a)
            ? a
            : throw new EnergyFiguresException(ErrorCodes.MissingAssumption, $"No shipped conversion factor has the id '{id}'; expected one of: {string.Join(", ", Loaded.Value.Keys.Order(StringComparer.Ordinal))}.");
    }

    private static FrozenDictionary<string, Assumption> Load()
    {
        using var stream = Data.EmbeddedData.Open(Resource);
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            DetectSeparatorHint = false,
            SkipEmptyLines = true,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var csv = CsvReader.Create(stream, options, leaveOpen: true);
        csv.ReadHeader();
        var headers = csv.Headers;
        int Col(string name)
        {
            for (int i = 0; i < headers.Count; i++)
            {
                if (headers[i] == name)
                {
                    return i;
                }
            }

            throw Damaged($"it has no column '{name}'");
        }

        int id = Col("id"), quantity = Col("quantity"), value = Col("value"), low = Col("low"), high = Col("high");
        int unit = Col("unit"), basis = Col("basis"), source = Col("source"), url = Col("source_url");
        var dict = new Dictionary<string, Assumption>(StringComparer.Ordinal);
        while (csv.Read())
        {
            string F(int i) => i < csv.FieldCount ? csv.GetString(i).Trim() : string.Empty;
            var rowId = F(id);
            Interval interval;
            if (F(value).Length > 0)
            {
                interval = Interval.Point(Number(F(value), rowId));
            }
            else
            {
                interval = Interval.Closed(Number(F(low), rowId), Number(F(high), rowId));
            }

            if (!Unit.TryParse(F(unit), out var u, out var error))
            {
                throw Damaged($"row '{rowId}' has an unknown unit: {error!.Message}");
            }

            var src = F(source);
            var link = F(url);
            var citation = new Citation(Publisher(rowId, src), src, link.Length > 0 ? new Uri(link, UriKind.Absolute) : null);
            dict[rowId] = new Assumption(rowId, Describe(F(quantity), F(basis)), new Quantity(interval, u!), citation);
        }

        return dict.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Describe(string quantity, string basis) => quantity switch
    {
        "energy_per_1000m3_natural_gas" => "gas energy content",
        "heating_value_range_typical_pipeline_gas" => "heating-value range of pipeline gas (net to gross)",
        "gross_heating_value_typical_pipeline_gas" => "gross heating value of pipeline gas",
        "net_heating_value_typical_pipeline_gas" => "net heating value of pipeline gas",
        "energy_per_barrel_crude_oil" => "energy content of crude oil (EIA's barrel of oil equivalent)",
        "barrels_per_tonne_crude_oil" => "density of average crude oil (barrels per tonne)",
        "bcm_natural_gas_per_mt_lng" => "natural gas per tonne of LNG",
        "" => basis,
        _ => quantity.Replace('_', ' '),
    };

    private static string Publisher(string id, string source)
    {
        if (id.StartsWith("bp.", StringComparison.Ordinal))
        {
            return "BP";
        }

        int cut = source.IndexOfAny([',', '(']);
        return (cut > 0 ? source[..cut] : source).Trim();
    }

    private static decimal Number(string text, string id) =>
        decimal.TryParse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw Damaged($"row '{id}' has the value '{text}', which is not a number");

    private static EnergyFiguresException Damaged(string what) =>
        new(ErrorCodes.EmbeddedDataDamaged, $"The embedded conversion_factors.csv is damaged: {what}; this is a build problem.");
}

/// <summary>
/// Sourced energy contents of natural gas, the assumptions that turn a price per volume into a price per
/// energy and back (<see cref="Quantity.ConvertTo(Unit, Assumption[])"/>).
/// </summary>
public static class GasEnergyContent
{
    /// <summary>
    /// BP's approximate factor, the default: 36 GJ per 1,000 m³ (1 bcm = 36 PJ). Cite: BP Statistical Review
    /// of World Energy, Approximate conversion factors (July 2021). Id <c>bp.gas.energy_per_1000m3</c>.
    /// </summary>
    public static Assumption Bp => ConversionFactors.Get("bp.gas.energy_per_1000m3");

    /// <summary>
    /// BP's factor as BP prints it in Btu: 34.121 MMBtu per 1,000 m³ (1 bcm = 34.121 trillion Btu). It is
    /// 36 GJ divided by 1.055056 GJ per MMBtu, rounded by BP, so it gives results about 0.004% lower than
    /// <see cref="Bp"/>. Id <c>bp.gas.mmbtu_per_1000m3</c>.
    /// </summary>
    public static Assumption BpInMmbtu => ConversionFactors.Get("bp.gas.mmbtu_per_1000m3");

    /// <summary>
    /// The range from the net (lower, 34.6 MJ/m³) to the gross (higher, 38.3 MJ/m³) heating value of typical
    /// pipeline gas, as the interval [34.6, 38.3] GJ per 1,000 m³, for sensitivity. A less authoritative
    /// source (globaltechaustralia.com.au). Id <c>hhv_lhv.gas.energy_per_1000m3</c>.
    /// </summary>
    public static Assumption HeatingValueRange => ConversionFactors.Get("hhv_lhv.gas.energy_per_1000m3");
}

/// <summary>
/// Sourced energy contents of crude oil: the energy-equivalence assumptions that turn a price per barrel
/// into a price per unit of energy, and so (with <see cref="GasEnergyContent"/>) into a price per volume of
/// gas. Without one, oil and gas quantities never convert (<see cref="ErrorCodes.CommodityMismatch"/>).
/// </summary>
public static class OilEnergyContent
{
    /// <summary>
    /// EIA's 5.8 MMBtu per barrel of crude oil (the barrel of oil equivalent; EIA Glossary). A convention:
    /// EIA's measured heat content of US-produced crude in 2022 is 5.684 MMBtu. Id <c>eia.oil.mmbtu_per_bbl</c>.
    /// </summary>
    public static Assumption EiaPerBarrel => ConversionFactors.Get("eia.oil.mmbtu_per_bbl");
}

/// <summary>Sourced densities: the only way a volume and a mass of the same commodity convert (a price per barrel ↔ per tonne).</summary>
public static class OilDensity
{
    /// <summary>
    /// BP's 7.33 barrels per tonne of crude oil, based on the worldwide average gravity (BP Statistical
    /// Review of World Energy, Approximate conversion factors, July 2021). Id <c>bp.oil.bbl_per_tonne</c>.
    /// </summary>
    public static Assumption BpAverageCrude => ConversionFactors.Get("bp.oil.bbl_per_tonne");
}

/// <summary>Dated, sourced exchange rates, the only way currencies convert (<see cref="Quantity.ConvertTo(Unit, Assumption[])"/>).</summary>
public static class ExchangeRate
{
    /// <summary>The ECB's euro foreign exchange reference rates (reuse with acknowledgement of the source).</summary>
    public static Citation EcbReferenceRates { get; } = new(
        "European Central Bank",
        "Euro foreign exchange reference rates",
        new Uri("https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html"),
        "Reuse permitted with acknowledgement of the source");

    /// <summary>
    /// An exchange rate: <paramref name="value"/> units of <paramref name="quoteCurrency"/> per one unit of
    /// <paramref name="baseCurrency"/> on <paramref name="date"/>, e.g. 1.0983 USD per EUR.
    /// </summary>
    /// <param name="quoteCurrency">The currency the rate is in, e.g. <c>USD</c>.</param>
    /// <param name="baseCurrency">The currency one unit of which is priced, e.g. <c>EUR</c>.</param>
    /// <param name="value">The rate, positive.</param>
    /// <param name="date">The day the rate applies to.</param>
    /// <param name="source">Where the rate comes from.</param>
    /// <returns>The assumption, unit <c>QUOTE/BASE</c>, id <c>fx.QUOTE-per-BASE.YYYY-MM-DD</c>.</returns>
    /// <exception cref="EnergyFiguresException">A code is not an ISO 4217 currency (<see cref="ErrorCodes.UnknownUnit"/>), the two are the same, or the rate is not positive (<see cref="ErrorCodes.AssumptionMismatch"/>).</exception>
    public static Assumption Create(string quoteCurrency, string baseCurrency, decimal value, DateOnly date, Citation source) =>
        Create(quoteCurrency, baseCurrency, value, date, source, "fx." + quoteCurrency + "-per-" + baseCurrency);

    /// <summary>
    /// An ECB reference rate: <paramref name="perEuro"/> units of <paramref name="currency"/> per euro on
    /// <paramref name="date"/> (the ECB quotes every rate per euro), cited to <see cref="EcbReferenceRates"/>.
    /// </summary>
    /// <param name="currency">The currency, e.g. <c>USD</c>.</param>
    /// <param name="perEuro">Units of the currency per euro.</param>
    /// <param name="date">The day.</param>
    /// <returns>The assumption, unit <c>CUR/EUR</c>, id <c>ecb.CUR.YYYY-MM-DD</c>.</returns>
    /// <exception cref="EnergyFiguresException">See <see cref="Create(string, string, decimal, DateOnly, Citation)"/>.</exception>
    public static Assumption Ecb(string currency, decimal perEuro, DateOnly date) =>
        Create(currency, "EUR", perEuro, date, EcbReferenceRates, "ecb." + currency);

    private static Assumption Create(string quote, string @base, decimal value, DateOnly date, Citation source, string idStem)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(@base);
        ArgumentNullException.ThrowIfNull(source);
        var q = Unit.Parse(quote);
        var b = Unit.Parse(@base);
        if (q.Currency != quote || b.Currency != @base)
        {
            throw new EnergyFiguresException(ErrorCodes.UnknownUnit, $"An exchange rate needs two ISO 4217 currency codes; got '{quote}' and '{@base}'.");
        }

        if (quote == @base || value <= 0m)
        {
            throw new EnergyFiguresException(
                ErrorCodes.AssumptionMismatch,
                string.Create(CultureInfo.InvariantCulture, $"An exchange rate needs two different currencies and a positive rate; got {value} {quote} per {@base}."));
        }

        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Assumption($"{idStem}.{day}", $"exchange rate {quote} per {@base}", Quantity.Exactly(value, q / b), source, date);
    }
}
