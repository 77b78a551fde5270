using EnergyFigures.Claims;
using EnergyFigures.Derivation;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using EnergyFigures.Reference;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Arithmetic;

public class ErrorTests
{
    private static DerivedFigure Claim(string id) => Derive.From(ClaimSet.Shipped[id]);

    [Fact]
    public void Dollars_plus_euros_without_a_rate_names_the_missing_exchange_rate()
    {
        var usd = Derive.Given(1m, "USD");
        var eur = Derive.Given(1m, "EUR");
        var e = Assert.Throws<EnergyFiguresException>(() => usd + eur);
        Assert.Equal(ErrorCodes.MissingAssumption, e.Code);
        Assert.Contains("exchange rate USD per EUR", e.Message);
        Assert.Contains("different currencies", e.Message);

        var c = Assert.Throws<EnergyFiguresException>(() => Quantity.Exactly(1m, Unit.Parse("EUR")).ConvertTo(Unit.Parse("USD"), GasEnergyContent.Bp));
        Assert.Equal(ErrorCodes.MissingAssumption, c.Code);
        Assert.Contains("an exchange rate USD per EUR on a stated date", c.Message);
        Assert.Contains("bp.gas.energy_per_1000m3", c.Message); // what was given, and that it does not help

        // With a rate it works, and the rate is in the lineage.
        var rate = ExchangeRate.Ecb("USD", 1.0983m, new DateOnly(2020, 2, 6));
        var sum = usd.Add(eur, rate);
        Assert.Equal(Interval.Point(2.0983m), sum.Interval);
        Assert.Equal([rate], sum.AllAssumptions());
    }

    [Fact]
    public void Percent_plus_percentage_points_is_refused()
    {
        var spread = Compare.Spread(Claim("belarus-loan-rate-from-russia"), Claim("russia-reserves-rate-in-us"));
        var e = Assert.Throws<EnergyFiguresException>(() => Claim("russia-reserves-rate-in-us") + spread);
        Assert.Equal(ErrorCodes.PercentVersusPoints, e.Code);
        Assert.Contains("percent and percentage points are different units", e.Message);

        var plain = Assert.Throws<EnergyFiguresException>(() => Quantity.Exactly(1.5m, Unit.Percent) + Quantity.Exactly(1m, Unit.PercentagePoints));
        Assert.Equal(ErrorCodes.PercentVersusPoints, plain.Code);

        var convert = Assert.Throws<EnergyFiguresException>(() => Quantity.Exactly(1.5m, Unit.Percent).ConvertTo(Unit.PercentagePoints, []));
        Assert.Equal(ErrorCodes.PercentVersusPoints, convert.Code);

        var s = Assert.Throws<EnergyFiguresException>(() => Compare.Spread(spread, Claim("russia-reserves-rate-in-us")));
        Assert.Equal(ErrorCodes.PercentVersusPoints, s.Code);
    }

    [Fact]
    public void Percent_minus_percent_is_points_and_a_relative_change_is_percent()
    {
        var reserves = Claim("russia-reserves-rate-in-us");
        var loans = Claim("belarus-loan-rate-from-russia");
        Assert.True((loans - reserves).Unit.IsPercentagePoints);
        var change = Compare.RelativeChange(reserves, loans);
        Assert.True(change.Unit.IsPercent);
        Assert.False(change.Unit.IsPercentagePoints);
        Assert.True(change.Interval.Low <= 166.66666666666666666666666667m && change.Interval.Low > 166.666m); // (4 ÷ 1.5 − 1) × 100 = 166.666…
        Assert.Equal(300m, change.Interval.High);
    }

    [Fact]
    public void Per_volume_price_against_per_energy_price_without_a_gas_assumption_names_it()
    {
        var perVolume = Claim("gas-price-offered-2020");
        var perEnergy = Derive.Given(15m, "USD/MWh");
        foreach (var act in new Action[]
        {
            () => Compare.Difference(perVolume, perEnergy),
            () => Compare.Premium(perVolume, perEnergy),
            () => Compare.Order(perEnergy, perVolume),
            () => _ = perVolume - perEnergy,
        })
        {
            var e = Assert.Throws<EnergyFiguresException>(act);
            Assert.Equal(ErrorCodes.MissingAssumption, e.Code);
            Assert.Contains("gas energy", e.Message);
            Assert.Contains("36 GJ per 1,000 m³", e.Message);
        }

        // With BP's factor: 15 USD/MWh is 150 USD per 1,000 m³, so $127 is certainly lower.
        var order = Compare.Order(perVolume, perEnergy, GasEnergyContent.Bp);
        Assert.Equal(Ordering.CertainlyNotGreater, order.Ordering);
        Assert.Equal(Interval.Point(-23m), order.Interval);
        Assert.Contains("is certainly less than $15 per MWh, converted at a gas energy content of 36 GJ per 1,000 m³ (BP", order.Explain());
        Assert.Contains("by $23 per 1,000 m³", order.Explain()); // A is certainly smaller: said so, with the amount (was "not greater")
    }

    [Fact]
    public void Units_no_assumption_can_bridge_are_incompatible()
    {
        var e = Assert.Throws<EnergyFiguresException>(() => Quantity.Exactly(1m, Unit.Parse("USD")).ConvertTo(Unit.Parse("MWh"), GasEnergyContent.Bp));
        Assert.Equal(ErrorCodes.IncompatibleUnits, e.Code);
        Assert.Contains("measure different things", e.Message);
        var spread = Assert.Throws<EnergyFiguresException>(() => Compare.Spread(Claim("gas-price-offered-2020"), Claim("europe-spot-gas-price-2020-02")));
        Assert.Equal(ErrorCodes.IncompatibleUnits, spread.Code);
    }

    [Fact]
    public void Ratio_needs_some_positive_denominator_and_division_by_exact_zero_throws()
    {
        var premium = Derive.Given(0m, "USD/t");
        var e = Assert.Throws<EnergyFiguresException>(() => Compare.Ratio(Derive.Given(10m, "USD/t"), premium));
        Assert.Equal(ErrorCodes.AssumptionMismatch, e.Code);
        Assert.Contains(Compare.PositivePrices, e.Message);

        var z = Assert.Throws<EnergyFiguresException>(() => Derive.Given(10m, "USD/t") / premium);
        Assert.Equal(ErrorCodes.DivisionByZero, z.Code);

        // A divisor interval containing zero gives an unbounded result, never a wrong finite number.
        var wide = Derive.Given(new Quantity(Interval.Closed(-1m, 1m), Unit.Parse("USD/t")));
        Assert.Equal(Interval.All, (Derive.Given(10m, "USD/t") / wide).Interval);
    }

    [Fact]
    public void Exchange_rates_are_validated()
    {
        Assert.Equal(ErrorCodes.AssumptionMismatch, Assert.Throws<EnergyFiguresException>(() => ExchangeRate.Ecb("USD", 0m, new DateOnly(2020, 2, 6))).Code);
        Assert.Equal(ErrorCodes.AssumptionMismatch, Assert.Throws<EnergyFiguresException>(() => ExchangeRate.Ecb("EUR", 1m, new DateOnly(2020, 2, 6))).Code);
        Assert.Equal(ErrorCodes.UnknownUnit, Assert.Throws<EnergyFiguresException>(() => ExchangeRate.Create("usd", "EUR", 1.1m, new DateOnly(2020, 2, 6), ExchangeRate.EcbReferenceRates)).Code);
        var r = ExchangeRate.Create("RUB", "USD", 63.9m, new DateOnly(2020, 2, 6), new Citation("Bank of Russia", "Official exchange rates"));
        Assert.Equal("fx.RUB-per-USD.2020-02-06", r.Id);
        Assert.Equal(new DateOnly(2020, 2, 6), r.AsOf);
    }
}
