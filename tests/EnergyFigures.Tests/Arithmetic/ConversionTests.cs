using EnergyFigures.Claims;
using EnergyFigures.Derivation;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using Xunit.Abstractions;
using EnergyFigures.Errors;
using EnergyFigures.Reference;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Arithmetic;

public class ConversionTests(ITestOutputHelper output)
{
    private static readonly Unit PerMmbtu = Unit.Parse("USD/MMBtu");
    private static readonly Unit PerThousandM3 = Unit.Parse("USD/1000 m3");

    [Fact]
    public void Shipped_gas_factors_are_loaded_with_their_citations()
    {
        Assert.Equal(Quantity.Exactly(36.0m, Unit.Parse("GJ/1000 m3")), GasEnergyContent.Bp.Value);
        Assert.Equal("BP", GasEnergyContent.Bp.Source.Publisher);
        Assert.Contains("Statistical Review", GasEnergyContent.Bp.Source.Title);
        Assert.Equal(Quantity.Exactly(34.121m, Unit.Parse("MMBtu/1000 m3")), GasEnergyContent.BpInMmbtu.Value);
        Assert.Equal(Interval.Closed(34.6m, 38.3m), GasEnergyContent.HeatingValueRange.Value.Interval);
        Assert.True(GasEnergyContent.HeatingValueRange.Value.Unit.IsEquivalentTo(Unit.Parse("MJ/m3")));
        Assert.Equal(14, ConversionFactors.All.Count);
        var e = Assert.Throws<EnergyFiguresException>(() => ConversionFactors.Get("bp.nope"));
        Assert.Equal(ErrorCodes.MissingAssumption, e.Code);
    }

    [Fact]
    public void Henry_hub_style_price_per_mmbtu_converts_to_99_2_per_1000_m3_at_bp()
    {
        var price = Quantity.Exactly(2.9078m, PerMmbtu);

        // BP's factor as printed in Btu: 2.9078 × 34.121 = 99.2170438 exactly.
        var atBtu = price.ConvertTo(PerThousandM3, GasEnergyContent.BpInMmbtu);
        Assert.Equal(Interval.Point(99.2170438m), atBtu.Interval);
        Assert.Equal(PerThousandM3, atBtu.Unit);

        // BP's default 36 GJ: 2.9078 × 36 / 1.055056 = 99.2209…, also 99.2 to one decimal.
        var atGj = price.ConvertTo(PerThousandM3, GasEnergyContent.Bp);
        Assert.True(atGj.Interval.IsBounded);
        Assert.True(atGj.Interval.Width < 0.000001m);
        Assert.Equal(99.2m, decimal.Round(atGj.Interval.Low!.Value, 1));
        Assert.True(atGj.Interval.Contains(2.9078m * 36m / 1.055056m));

        // With the heating-value range the result is an interval containing both.
        var range = price.ConvertTo(PerThousandM3, GasEnergyContent.HeatingValueRange);
        Assert.True(range.Interval.Contains(atGj.Interval));
        Assert.True(range.Interval.Contains(99.2170438m));
        Assert.True(range.Interval.Low < 95.4m && range.Interval.Low > 95.3m);
        Assert.True(range.Interval.High > 105.5m && range.Interval.High < 105.6m);
    }

    [Fact]
    public void Conversion_explanation_cites_the_assumption()
    {
        var d = Derive.Given(2.9078m, "USD/MMBtu").ConvertTo(PerThousandM3, GasEnergyContent.BpInMmbtu);
        var e = d.Explain();
        output.WriteLine(e);
        Assert.Equal("$2.9078 per MMBtu is about $99.22 per 1,000 m³, converted at a gas energy content of 34.121 MMBtu per 1,000 m³ (BP, BP Statistical Review of World Energy, Approximate conversion factors, updated July 2021 (copy of the PDF text)).", e);
        Assert.Equal([GasEnergyContent.BpInMmbtu], d.Assumptions);
    }

    [Fact]
    public void Euro_per_mwh_converts_to_dollars_through_a_dated_rate()
    {
        var rate = ExchangeRate.Ecb("USD", 1.0983m, new DateOnly(2020, 2, 6));
        Assert.Equal("ecb.USD.2020-02-06", rate.Id);
        Assert.Equal(Unit.Parse("USD/EUR"), rate.Value.Unit);
        Assert.Equal("European Central Bank", rate.Source.Publisher);
        var ttf = Quantity.Exactly(10m, Unit.Parse("EUR/MWh"));
        var usd = ttf.ConvertTo(Unit.Parse("USD/MWh"), rate);
        Assert.Equal(Quantity.Exactly(10.983m, Unit.Parse("USD/MWh")), usd);

        // Both steps at once: EUR/MWh → USD/1000 m3 needs the rate and a gas energy content.
        var perVolume = ttf.ConvertTo(PerThousandM3, GasEnergyContent.Bp, rate);
        Assert.Equal(Interval.Point(109.83m), perVolume.Interval);

        // Back again: USD → EUR divides by the rate.
        var back = usd.ConvertTo(Unit.Parse("EUR/MWh"), rate);
        Assert.True(back.Interval.Contains(10m));

        var derived = Derive.Given(ttf).ConvertTo(PerThousandM3, rate, GasEnergyContent.Bp);
        Assert.Equal(2, derived.Assumptions.Count);
        var e = derived.Explain();
        output.WriteLine(e);
        Assert.Contains("converted at an exchange rate USD per EUR of $1.0983 per EUR on 2020-02-06 (European Central Bank, Euro foreign exchange reference rates)", e);
    }

    [Fact]
    public void Scale_conversions_need_no_assumption()
    {
        var q = Quantity.Exactly(127m, PerThousandM3);
        Assert.Equal(Quantity.Exactly(0.127m, Unit.Parse("USD/m3")), q.ConvertTo(Unit.Parse("USD/m3")));
        Assert.Equal(Quantity.Exactly(127_000_000m, Unit.Parse("USD/bcm")), q.ConvertTo(Unit.Parse("USD/bcm"), []));
        Assert.Equal(Quantity.Exactly(36m, Unit.Parse("GJ")), Quantity.Exactly(10m, Unit.Parse("MWh")).ConvertTo(Unit.Parse("GJ")));
        var mmbtu = Quantity.Exactly(1m, Unit.Parse("MWh")).ConvertTo(Unit.Parse("MMBtu"));
        Assert.True(mmbtu.Interval.Contains(3.6m / 1.055056m));
        Assert.True(mmbtu.Interval.Width < 0.0000001m);
        var ninebn = ClaimSet.Shipped["belarus-trade-deficit-with-russia"].Figure.Quantity;
        Assert.Equal(9_000_000_000m, ninebn.Interval.Low);
    }

    [Fact]
    public void Unused_assumptions_are_ignored_and_the_first_that_fits_wins()
    {
        var price = Derive.Given(2.9078m, "USD/MMBtu");
        var rate = ExchangeRate.Ecb("USD", 1.0983m, new DateOnly(2020, 2, 6));
        var d = price.ConvertTo(PerThousandM3, rate, GasEnergyContent.BpInMmbtu, GasEnergyContent.Bp);
        Assert.Equal([GasEnergyContent.BpInMmbtu], d.Assumptions);
    }
}
