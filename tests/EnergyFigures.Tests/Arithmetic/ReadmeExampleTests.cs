using EnergyFigures.Claims;
using EnergyFigures.Derivation;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using EnergyFigures.Reference;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Arithmetic;

/// <summary>The example of docs/readme-sections/arith.md, with the outputs it prints.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void The_readme_example_prints_what_it_says()
    {
        var claims = ClaimSet.Shipped;
        var offered = Derive.From(claims["gas-price-offered-2020"]);
        var spot = Derive.From(claims["europe-spot-gas-price-2020-02"], label: "spot prices");

        var premium = Compare.Premium(offered, spot);
        Assert.Equal("(27, +∞) percent", premium.ToString());
        Assert.Equal(
            "$127 per 1,000 m³ (Alexander Lukashenko, via BelTA, in Global Research, 2020-02-06) is more than 27% above spot prices stated as under $100 per 1,000 m³ (same source), assuming prices are positive, so less than $100 per 1,000 m³ is read as more than $0 and less than $100 per 1,000 m³ ((0, 100) USD/1000 m3).",
            premium.Explain());
        Assert.Equal("(27, +∞) USD/1000 m3", (offered - spot).ToString());
        Assert.Equal(Ordering.CertainlyGreater, Compare.Order(offered, spot).Ordering);

        var loans = Derive.From(claims["belarus-loan-rate-from-russia"]);
        var reserves = Derive.From(claims["russia-reserves-rate-in-us"]);
        Assert.Equal("[2.5, 4.5] pp/year", Compare.Spread(loans, reserves).ToString());
        Assert.Equal("[2.66, 4.00]", Compare.Ratio(loans, reserves).Interval.RoundOutward(2).ToString("0.00", null));

        var principal = (Derive.From(claims["belarus-annual-payments-to-russia"]) / loans).ConvertTo("USD");
        Assert.Equal("≈ [16,660,000,000, 25,000,000,000] USD", principal.ToString());
        Assert.Equal("[16666666666.666666666666666666, 25000000000] USD", principal.ToString("E", null));

        var cost = (Derive.Given(20m, "bcm/year", "a volume of") * (offered - spot)).ConvertTo("USD/year");
        Assert.Equal("(540,000,000, +∞) USD/year", cost.ToString());

        var henryHub = Quantity.Exactly(2.9078m, Unit.Parse("USD/MMBtu"));
        Assert.Equal("≈ 99.22 USD/1000 m3", henryHub.ConvertTo(Unit.Parse("USD/1000 m3"), GasEnergyContent.BpInMmbtu).ToString());
        Assert.Equal("[95.36, 105.56] USD/1000 m3", henryHub.ConvertTo(Unit.Parse("USD/1000 m3"), GasEnergyContent.HeatingValueRange).ToString("0.00", null));
        Assert.Single(cost.Citations());
    }
}
