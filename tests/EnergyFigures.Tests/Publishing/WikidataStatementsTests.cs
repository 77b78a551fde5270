using EnergyFigures.Data;
using EnergyFigures.Claims;
using EnergyFigures.Publishing;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Publishing;

/// <summary>Wikidata-style statements: exact amounts and bounds, verified unit items only, time qualifiers, the reference, and nothing stated that the figure does not state.</summary>
public class WikidataStatementsTests
{
    [Fact]
    public void The_127_figure_is_an_exact_amount_in_2020_with_its_reference()
    {
        using var culture = new CultureScope("ar-SA");
        var s = WikidataStatements.For(ClaimSet.Shipped["gas-price-offered-2020"], new WikidataOptions { Retrieved = new DateOnly(2026, 12, 6) });
        Assert.Equal(127m, s.Amount);
        Assert.Equal("127", s.Amount!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(s.LowerBound);
        Assert.Null(s.UnitItem); // USD per 1000 m³ has no item: the editor chooses, nothing invented
        Assert.Contains(s.Notes, n => n.Contains("USD/1000 m3", StringComparison.Ordinal));
        Assert.Equal(
            "ITEM\tPROPERTY\t127UUNIT\tP585\t+2020-00-00T00:00:00Z/9\tS1476\ten:\"Russia-Belarus Relations: ‘The Moment of Truth’ Has Arrived. Belarus Drifting Westward?\"\tS2093\t\"Andrew Korybko\"\tS577\t+2020-02-06T00:00:00Z/11\tS1683\ten:\"They have suggested that we pay $127 per 1,000 cubic meters of gas.\"\tS813\t+2026-12-06T00:00:00Z/11\t/* EnergyFigures claim gas-price-offered-2020 The unit USD/1000 m3 has no mapped Wikidata item: replace UNIT with the item of the unit chosen (or restate the amount in a unit that has one). */",
            WikidataStatements.ToQuickStatements(s));
    }

    [Fact]
    public void Ranges_have_bounds_one_sided_and_comparison_figures_have_no_amount()
    {
        var range = WikidataStatements.For(ClaimSet.Shipped["belarus-loan-rate-from-russia"]);
        Assert.Equal((4m, 5m, 6m), (range.LowerBound!.Value, range.Amount!.Value, range.UpperBound!.Value));
        Assert.Contains("\t5[4,6]U", WikidataStatements.ToQuickStatements(range), StringComparison.Ordinal);

        var under = WikidataStatements.For(ClaimSet.Shipped["europe-spot-gas-price-2020-02"]);
        Assert.Null(under.Amount);
        Assert.Null(WikidataStatements.ToQuickStatements(under));
        Assert.Contains(under.Notes, n => n.Contains("one-sided", StringComparison.Ordinal));

        Assert.All(ClaimSet.Shipped.Where(c => c.ComparedWith is not null), c => Assert.Null(WikidataStatements.For(c).Amount));

        var deficit = WikidataStatements.For(ClaimSet.Shipped["belarus-trade-deficit-with-russia"]);
        Assert.Equal("Q4917", deficit.UnitItem);
        Assert.Equal(9000000000m, deficit.Amount);
    }

    [Fact]
    public void Only_verified_unit_items_are_mapped()
    {
        Assert.Equal(
            new Dictionary<string, string> { ["USD"] = "Q4917", ["EUR"] = "Q4916", ["m3"] = "Q25517", ["percent"] = "Q11229", ["t"] = "Q191118", ["year"] = "Q577" },
            WikidataStatements.UnitItems);
        Assert.All(WikidataStatements.UnitItems.Keys, k => Assert.Equal(k, EnergyFigures.Units.Unit.Parse(k).Symbol));
    }
}
