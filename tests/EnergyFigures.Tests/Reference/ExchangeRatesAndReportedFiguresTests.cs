using EnergyFigures.Claims;
using EnergyFigures.Numerics;
using EnergyFigures.Reference;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Reference;

public class ExchangeRatesAndReportedFiguresTests
{
    [Fact]
    public void EcbOn_gives_a_cited_assumption_in_currency_per_euro()
    {
        var a = ExchangeRates.EcbOn(new DateOnly(2020, 2, 6), "USD");
        Assert.Equal("ecb.USD.2020-02-06", a.Id);
        Assert.Equal(new Quantity(Interval.Point(1.1003m), Unit.Parse("USD/EUR")), a.Value);
        Assert.Equal("European Central Bank", a.Source.Publisher);
        Assert.Equal(new DateOnly(2020, 2, 6), a.AsOf);
        Assert.Equal(69.4575m, ExchangeRates.EcbOn(new DateOnly(2020, 2, 6), "rub").Value.Interval.Low);
    }

    [Fact]
    public void EcbOn_a_weekend_uses_fridays_rate_and_says_so()
    {
        var a = ExchangeRates.EcbOn(new DateOnly(2020, 2, 8), "USD");
        var friday = ReferenceLibrary.Shipped.Get("ecb.USD").ValueFor(Period.Parse("2020-02-07"));
        Assert.Equal(friday, a.Value.Interval.Low);
        Assert.Contains("2020-02-07", a.Description);
    }

    [Fact]
    public void EcbOn_converts_euros_to_dollars()
    {
        var rate = ExchangeRates.EcbOn(new DateOnly(2020, 2, 6), "USD");
        var eur = Quantity.Exactly(100m, Unit.Parse("EUR/1000 m3"));
        var usd = (eur * rate.Value).ConvertTo(Unit.Parse("USD/1000 m3"));
        Assert.Equal(Interval.Point(110.03m), usd.Interval);
    }

    [Fact]
    public void EcbOn_fails_for_an_unknown_currency_or_date()
    {
        Assert.Equal(ErrorCodes.UnknownSeries, Assert.Throws<UnknownIdException>(() => ExchangeRates.EcbOn(new DateOnly(2020, 2, 6), "GBP")).Code);
        Assert.Equal(ErrorCodes.OutsideCoverage, Assert.Throws<EnergyFiguresException>(() => ExchangeRates.EcbOn(new DateOnly(2023, 1, 2), "RUB")).Code);
    }

    [Fact]
    public void Reported_figures_are_shipped_as_claims_with_publisher_and_url()
    {
        var set = ReportedFigures.Shipped;
        Assert.Equal(50, set.Count); // 35 from the shared compilation, 15 added by the dataset's editors
        var balance = set.Get("ref-trade-belarus-russia-goods-balance-2019");

        // Derived from rounded inputs, the balance is the interval those inputs allow at their printed precision.
        Assert.Equal(BoundKind.Range, balance.Figure.Bound);
        Assert.Equal(-8.525m, balance.Figure.Value);
        Assert.Equal(-8.207m, balance.Figure.ValueHigh);
        Assert.True(balance.Figure.Interval.Contains(-8.36e9m));
        Assert.Equal(QuoteKind.Derived, balance.FirstAppearance.QuoteKind);
        Assert.StartsWith("derived by the dataset's editors from figures in Rzeczpospolita (rp.pl)", balance.Citation, StringComparison.Ordinal);
        Assert.Equal(Scale.Billion, balance.Figure.Scale);
        Assert.Equal("2019", balance.Period.ToString());
        Assert.All(set, c => Assert.NotNull(c.FirstAppearance.Source.Url));
        Assert.Same(set, ReportedFigures.Shipped);
        Assert.Equal(127m, set.Get("ref-gas-price-belarus-2020").Figure.Value);
    }

    [Fact]
    public void No_reported_figure_carries_a_placeholder_date()
    {
        foreach (var c in ReportedFigures.Shipped)
        {
            var a = c.FirstAppearance;
            var notes = c.Notes ?? string.Empty;
            Assert.DoesNotContain("period end used", notes, StringComparison.Ordinal);
            Assert.DoesNotContain("last day of that month used", notes, StringComparison.Ordinal);

            // A date known to the day is one a source gives; anything less is partial or unknown, and the notes say why.
            if (a.Source.Date.Precision != DatePrecision.Day)
            {
                Assert.Matches("(not found|from the text|from the title|from the URL|page label)", notes);
            }
        }

        // The full-year 2020 trade figures were published in 2021 or later: their date is unknown, not 2020-12-31.
        Assert.Equal(PublicationDate.Unknown, ReportedFigures.Shipped.Get("ref-trade-belarus-russia-goods-exports-2020").FirstAppearance.Source.Date);
        Assert.Equal("unknown", ReportedFigures.Shipped.Get("ref-loan-rate-npp-fixed-part-2011").FirstAppearance.Source.Date.ToString());
        Assert.Equal("2020", ReportedFigures.Shipped.Get("ref-gas-price-belarus-2020").FirstAppearance.Source.Date.ToString());
        Assert.Equal("2019-12-19", ReportedFigures.Shipped.Get("ref-gas-price-russia-domestic-avg-2019").FirstAppearance.Source.Date.ToString());
    }

    [Fact]
    public void Citations_name_each_party_once()
    {
        foreach (var c in ReportedFigures.Shipped.Concat(ClaimSet.Shipped))
        {
            var cite = c.Citation;
            Assert.DoesNotContain("Reference-data compiler", cite, StringComparison.Ordinal);
            var outlet = c.FirstAppearance.Source.Outlet;
            var first = cite.IndexOf(outlet, StringComparison.Ordinal);
            Assert.True(first >= 0, $"{c.Id}: {cite}");
            Assert.Equal(-1, cite.IndexOf(outlet, first + outlet.Length, StringComparison.Ordinal));
        }

        Assert.Equal("Natural Gas World, 2020", ReportedFigures.Shipped.Get("ref-gas-price-belarus-2020").Citation);
        Assert.Equal("Belstat, via naviny.online, in Rzeczpospolita (rp.pl), date unknown", ReportedFigures.Shipped.Get("ref-trade-belarus-russia-goods-exports-2020").Citation);
    }
}

public class AttributionTests
{
    [Fact]
    public void SOURCES_md_ships_inside_the_assembly_and_names_every_publisher_and_licence()
    {
        var text = ReferenceLibrary.SourcesMarkdown;
        Assert.Equal(File.ReadAllText(EnergyFigures.Tests.Support.RepoPaths.Data("SOURCES.md")), text);
        foreach (var must in new[] { "World Bank", "CC BY 4.0", "European Central Bank", "FRED", "H.15", "BP Statistical Review" })
        {
            Assert.Contains(must, text);
        }
    }

    [Fact]
    public void Every_reported_figures_page_and_every_series_is_cited_in_SOURCES_md()
    {
        var text = ReferenceLibrary.SourcesMarkdown;
        foreach (var c in ReportedFigures.Shipped)
        {
            Assert.Contains("<" + c.FirstAppearance.Source.Url!.OriginalString + ">", text);
            Assert.Contains("`" + c.Id + "`", text);
        }

        foreach (var s in ReferenceLibrary.Shipped.Series)
        {
            Assert.Contains("`" + s.Id + "`", text);
        }
    }
}
