using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Derivation;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using EnergyFigures.Reference;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Model;

/// <summary>Units know what they measure: oil and gas never combine without a sourced energy equivalence.</summary>
public class CommodityTests
{
    private static Unit U(string s) => Unit.Parse(s);

    private static DerivedFigure GasOffer => Derive.From(ClaimSet.Shipped["gas-price-offered-2020"]);

    [Fact]
    public void A_barrel_is_crude_oil_and_a_cubic_metre_natural_gas_both_inferred()
    {
        Assert.Equal(Commodity.CrudeOil, U("USD/bbl").Commodity);
        Assert.True(U("USD/bbl").IsCommodityInferred);
        Assert.Equal(Commodity.NaturalGas, U("USD/1000 m3").Commodity);
        Assert.True(U("bcm/year").IsCommodityInferred);
        Assert.Equal(Commodity.CrudeOil, U("USD/t{crude}").Commodity);
        Assert.False(U("USD/t{crude}").IsCommodityInferred);
        Assert.Equal(Commodity.Unspecified, U("USD/t").Commodity);
        Assert.Equal(Commodity.Unspecified, U("USD/MWh").Commodity);
        Assert.Equal(Commodity.Money, U("USD/year").Commodity);
        Assert.Equal("USD/t{crude}", U("USD/t{ crude }").Symbol);
        Assert.Equal("USD per t of crude oil", U("USD/t{crude}").ToString("N", null));
    }

    [Theory]
    [InlineData("USD/bbl", "USD/1000 m3")]
    [InlineData("USD/bbl{products}", "USD/bbl")]
    [InlineData("m3{lng}", "m3")]
    [InlineData("USD/t{coal}", "USD/t{crude}")]
    [InlineData("EUR/MWh{electricity}", "EUR/MWh")]
    public void Volumes_and_masses_of_different_commodities_do_not_convert(string a, string b)
    {
        Assert.False(U(a).IsConvertibleTo(U(b)));
        Assert.NotEqual(U(a), U(b));
    }

    [Theory]
    [InlineData("USD/t{oil", ErrorCodes.MalformedUnit)]
    [InlineData("USD{gas}", ErrorCodes.MalformedUnit)]
    [InlineData("USD/t{water}", ErrorCodes.UnknownUnit)]
    public void Malformed_or_unknown_commodity_annotations_are_refused(string text, string code) =>
        Assert.Equal(code, Assert.Throws<EnergyFiguresException>(() => U(text)).Code);

    [Fact]
    public void Oil_versus_gas_is_refused_in_every_comparison_naming_the_missing_assumption()
    {
        var oil = Derive.Given(55m, "USD/bbl");
        foreach (var act in new Action[]
        {
            () => Compare.Difference(GasOffer, oil),
            () => Compare.Ratio(GasOffer, oil),
            () => Compare.Premium(GasOffer, oil),
            () => Compare.Order(oil, GasOffer),
            () => Compare.Difference(GasOffer, oil, GasEnergyContent.Bp),
            () => _ = GasOffer - oil,
            () => _ = Quantity.Exactly(127m, U("USD/1000 m3")) + Quantity.Exactly(55m, U("USD/bbl")),
        })
        {
            var e = Assert.Throws<EnergyFiguresException>(act);
            Assert.Equal(ErrorCodes.CommodityMismatch, e.Code);
            Assert.Contains("energy content of crude oil", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Oil_versus_gas_converts_with_both_energy_contents_and_the_explanation_names_them()
    {
        var oil = Derive.Given(55m, "USD/bbl");
        var diff = Compare.Difference(GasOffer, oil, OilEnergyContent.EiaPerBarrel, GasEnergyContent.Bp);

        // 55 USD/bbl ÷ 5.8 MMBtu/bbl × 1.055056⁻¹ MMBtu/GJ × 36 GJ/1000 m3 = 323.565… USD/1000 m3.
        var expected = 55m / 5.8m / 1.055056m * 36m;
        Assert.True(diff.Interval.Contains(127m - expected) || Math.Abs(diff.Interval.Midpoint!.Value - (127m - expected)) < 1e-20m);
        Assert.Equal(U("USD/1000 m3"), diff.Unit);
        var ids = diff.AllAssumptions().Select(a => a.Id).ToArray();
        Assert.Contains("eia.oil.mmbtu_per_bbl", ids);
        Assert.Contains("bp.gas.energy_per_1000m3", ids);
        var text = diff.Explain();
        Assert.Contains("EIA", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Checker_refuses_an_oil_series_for_a_gas_claim_and_accepts_it_with_an_energy_equivalence()
    {
        var claim = ClaimSet.Shipped["gas-price-offered-2020"];
        var e = Assert.Throws<EnergyFiguresException>(() => Checker.Check(claim, "worldbank.CRUDE_BRENT"));
        Assert.Equal(ErrorCodes.CommodityMismatch, e.Code);
        Assert.Contains("OilEnergyContent.EiaPerBarrel", e.Message, StringComparison.Ordinal);

        var result = Checker.Check(claim, "worldbank.CRUDE_BRENT", new CheckOptions { Assumptions = [OilEnergyContent.EiaPerBarrel] });
        Assert.Contains(result.Assumptions, a => a.Id == "eia.oil.mmbtu_per_bbl");
        Assert.Contains("US Energy Information Administration", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("energy content of crude oil", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_per_barrel_converts_to_a_price_per_tonne_only_with_a_density()
    {
        var perBarrel = Quantity.Exactly(55m, U("USD/bbl"));
        var e = Assert.Throws<EnergyFiguresException>(() => perBarrel.ConvertTo(U("USD/t{crude}")));
        Assert.Equal(ErrorCodes.MissingAssumption, e.Code);
        Assert.Contains("density of crude oil", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<EnergyFiguresException>(() => perBarrel.ConvertTo(U("USD/t{crude}"), GasEnergyContent.Bp));
        Assert.Contains("7.33 barrels per tonne", e.Message, StringComparison.Ordinal);

        Assert.Equal(Interval.Point(403.15m), perBarrel.ConvertTo(U("USD/t{crude}"), OilDensity.BpAverageCrude).Interval);
        var back = Quantity.Exactly(403.15m, U("USD/t{crude}")).ConvertTo(U("USD/bbl"), OilDensity.BpAverageCrude);
        Assert.Equal(Interval.Point(55m), back.Interval);

        // A tonne of an unstated commodity: without a density the message asks for one (and for the tonne to
        // say what it measures); a crude-oil density given says it, so USD/t is read per tonne of crude.
        e = Assert.Throws<EnergyFiguresException>(() => perBarrel.ConvertTo(U("USD/t"), []));
        Assert.Equal(ErrorCodes.MissingAssumption, e.Code);
        Assert.Contains("density", e.Message, StringComparison.Ordinal);
        var perTonne = perBarrel.ConvertTo(U("USD/t"), OilDensity.BpAverageCrude);
        Assert.Equal(Interval.Point(403.15m), perTonne.Interval);
        Assert.Equal("USD/t", perTonne.Unit.Symbol);

        // A gas energy content says nothing about a tonne of oil: still refused.
        e = Assert.Throws<EnergyFiguresException>(() => Quantity.Exactly(10m, U("USD/t")).ConvertTo(U("USD/1000 m3"), GasEnergyContent.Bp));
        Assert.Contains("density", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Euro_per_MWh_to_dollar_per_MMBtu_needs_an_exchange_rate_and_converts_energy_exactly()
    {
        var ttf = Quantity.Exactly(20m, U("EUR/MWh"));
        var e = Assert.Throws<EnergyFiguresException>(() => ttf.ConvertTo(U("USD/MMBtu")));
        Assert.Equal(ErrorCodes.MissingAssumption, e.Code);
        Assert.Contains("exchange rate USD per EUR", e.Message, StringComparison.Ordinal);

        var usd = ttf.ConvertTo(U("USD/MMBtu"), ExchangeRate.Ecb("USD", 1.1m, new DateOnly(2020, 2, 6)));

        // 20 × 1.1 USD/MWh × 1.055056 GJ/MMBtu ÷ 3.6 GJ/MWh: 23.2112320 ÷ 3.6 does not terminate, so the
        // result is the tightest interval around it: multiplying back gives the exact numerator.
        Assert.True(usd.Interval.Low!.Value * 3.6m <= 23.2112320m && 23.2112320m <= usd.Interval.High!.Value * 3.6m);
        Assert.True(usd.Interval.High!.Value - usd.Interval.Low!.Value < 1e-25m);

        // Energy units alone convert exactly, with no assumption.
        Assert.Equal(Interval.Point(3.6m), Quantity.Exactly(1m, U("MWh")).ConvertTo(U("GJ")).Interval);
        Assert.Equal(Interval.Point(10m), Quantity.Exactly(1m, U("MMBtu")).ConvertTo(U("therm")).Interval);
    }

    [Fact]
    public void Pence_per_therm_is_a_sterling_price()
    {
        var nbp = Quantity.Exactly(50m, U("p/therm"));
        Assert.Equal("GBP", nbp.Unit.Currency);
        Assert.Equal(Interval.Point(0.5m), nbp.ConvertTo(U("GBP/therm")).Interval);
        Assert.Equal(Interval.Point(5m), nbp.ConvertTo(U("GBP/MMBtu")).Interval);
        Assert.Equal(U("p/therm"), U("GBX/therm"));
        Assert.Equal(U("GBp/therm"), U("0.01 GBP/therm"));
        Assert.Equal(ErrorCodes.MissingAssumption, Assert.Throws<EnergyFiguresException>(() => nbp.ConvertTo(U("EUR/MWh"))).Code);
    }

    [Theory]
    [InlineData("1 mb/d", "kb/d", "1000")]
    [InlineData("1 MMbbl", "Mbbl", "1000")]
    [InlineData("1 b/d", "bbl/day", "1")]
    [InlineData("1 bcm", "mcm", "1000")]
    [InlineData("1 tcf", "bcf", "1000")]
    [InlineData("1 Mcf", "ft3", "1000")]
    [InlineData("1 TWh", "GWh", "1000")]
    [InlineData("1 GWh", "kWh", "1000000")]
    [InlineData("1 toe", "GJ", "41.868")]
    [InlineData("1 boe", "MMBtu", "5.8")]
    [InlineData("1 week", "day", "7")]
    [InlineData("1 year", "quarter", "4")]
    [InlineData("1 USD/month", "USD/year", "12")]
    [InlineData("1 t", "kg", "1000")]
    public void Units_of_energy_texts_convert_by_their_sourced_factors(string from, string to, string expected)
    {
        var space = from.IndexOf(' ', StringComparison.Ordinal);
        var q = Quantity.Exactly(decimal.Parse(from[..space], System.Globalization.CultureInfo.InvariantCulture), U(from[(space + 1)..]));
        Assert.Equal(Interval.Point(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), q.ConvertTo(U(to)).Interval);
    }

    [Fact]
    public void A_tonne_of_LNG_reaches_gas_only_through_BPs_factor()
    {
        var lng = Quantity.Exactly(1m, U("Mt{lng}"));
        Assert.Equal(ErrorCodes.CommodityMismatch, Assert.Throws<EnergyFiguresException>(() => lng.ConvertTo(U("bcm"))).Code);
        var gas = lng.ConvertTo(U("bcm"), ConversionFactors.Get("bp.lng.bcm_per_mt"));
        Assert.Equal(Interval.Point(1.36m), gas.Interval);
    }

    [Fact]
    public void Every_vocabulary_entry_has_a_source_and_parses()
    {
        foreach (var e in UnitVocabulary.Entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Source), e.Symbol);
            Assert.True(e.FactorNumerator > 0m && e.FactorDenominator > 0m, e.Symbol);
            Assert.Equal(e.Symbol, U(e.Symbol).Symbol);
            foreach (var alias in e.Aliases)
            {
                Assert.Equal(U(e.Symbol), U(alias));
            }
        }

        Assert.True(UnitVocabulary.TryFromWords("Barrels", out var bbl));
        Assert.Equal("bbl", bbl);
        Assert.True(UnitVocabulary.TryFromWords("megawatt  hours", out var mwh));
        Assert.Equal("MWh", mwh);
        Assert.False(UnitVocabulary.TryFromWords("furlongs", out _));
    }

    [Fact]
    public void A_chart_of_gas_prices_refuses_an_oil_price_and_draws_it_with_both_energy_contents()
    {
        var figure = Figure.Create("$55 a barrel", BoundKind.Exact, 55m, U("USD/bbl"));
        var pub = new Publication("A title", null, "Outlet", new DateOnly(2020, 2, 6));
        var appearance = new Appearance("Brent was $55 a barrel.", QuoteKind.Verbatim, Period.Parse("2020-02"), new EquatableArray<string>([]), pub);
        var oil = new Claim("brent", "Brent", Period.Parse("2020-02"), new Claimant("Someone"), figure, new EquatableArray<Appearance>([appearance]), new EquatableArray<string>(["oil"]), new EquatableArray<string>([]));
        var e = Assert.Throws<EnergyFiguresException>(() => EnergyFigures.Charts.Chart.Comparison("t", [oil], U("USD/1000 m3"), [GasEnergyContent.Bp]));
        Assert.Equal(ErrorCodes.CommodityMismatch, e.Code);
        var chart = EnergyFigures.Charts.Chart.Comparison("t", [oil], U("USD/1000 m3"), [GasEnergyContent.Bp, OilEnergyContent.EiaPerBarrel]);
        Assert.NotNull(chart.ToPlot());
    }

    [Fact]
    public void Docs_arithmetic_md_lists_every_vocabulary_symbol_with_its_source()
    {
        var doc = File.ReadAllText(Path.Combine(EnergyFigures.Tests.Support.RepoPaths.Root, "docs", "arithmetic.md"));
        foreach (var e in UnitVocabulary.Entries)
        {
            var row = doc.Split('\n').FirstOrDefault(l => l.StartsWith($"| `{e.Symbol}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/arithmetic.md has no row for {e.Symbol}");
            Assert.Contains(e.Source, row, StringComparison.Ordinal);
        }

        foreach (var a in new[] { "OilEnergyContent.EiaPerBarrel", "OilDensity.BpAverageCrude", "GasEnergyContent.Bp", "EF3101" })
        {
            Assert.Contains(a, doc, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Topics_name_the_commodity_of_an_unstated_tonne_marked_inferred()
    {
        Assert.Equal(Commodity.CrudeOil, Commodities.FromTopics(["oil", "price"]));
        Assert.Equal(Commodity.Unspecified, Commodities.FromTopics(["oil", "gas"]));
        var perTonne = U("USD/t").WithCommodity(Commodity.CrudeOil, inferred: true);
        Assert.Equal(Commodity.CrudeOil, perTonne.Commodity);
        Assert.True(perTonne.IsCommodityInferred);
        Assert.Equal("USD/t", perTonne.Symbol);
        Assert.Equal(U("USD/t{crude}"), perTonne);
        Assert.Same(U("USD/bbl"), U("USD/bbl").WithCommodity(Commodity.Coal, inferred: true));
    }
}
