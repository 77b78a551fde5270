using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Reference;
using EnergyFigures.Tests.Support;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Checks;

public class CheckCultureTests
{
    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void Explanations_and_the_table_do_not_depend_on_the_current_culture(string culture)
    {
        var claim = ClaimSet.Shipped.Get("europe-spot-gas-price-2020-02");
        var invariant = Checker.Check(claim, "worldbank.NGAS_EUR").Explanation;
        var table = ArticleChecks.ToMarkdown();
        using (new CultureScope(culture))
        {
            Assert.Equal(invariant, Checker.Check(claim, "worldbank.NGAS_EUR").Explanation);
            Assert.Equal(table, ArticleChecks.ToMarkdown());
            Assert.Equal(1.1003m, ExchangeRates.EcbOn(new DateOnly(2020, 2, 6), "USD").Value.Interval.Low);
        }

        Assert.Contains("99.22", invariant);
        Assert.Contains("0.78%", invariant);
    }
}
