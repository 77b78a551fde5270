using System.Globalization;
using EnergyFigures.Extraction;
using EnergyFigures.Numerics;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Extraction;

public class FigureExtractorTests
{
    private static FigureCandidate One(string text)
    {
        var all = FigureExtractor.Extract(text);
        return Assert.Single(all);
    }

    [Theory]
    // text, printed span, bound, value, value_high, scale, unit
    [InlineData("They offered $127 per 1,000 cubic meters of gas.", "$127 per 1,000 cubic meters", "exact", "127", "", "", "USD/1000 m3")]
    [InlineData("Brent traded at $60 a barrel.", "$60 a barrel", "exact", "60", "", "", "USD/bbl")]
    [InlineData("TTF closed at €20/MWh.", "€20/MWh", "exact", "20", "", "", "EUR/MWh")]
    [InlineData("Henry Hub was $3.5 per MMBtu.", "$3.5 per MMBtu", "exact", "3.5", "", "", "USD/MMBtu")]
    [InlineData("The deficit was USD 4.63 bn last year.", "USD 4.63 bn", "exact", "4.63", "", "billion", "USD")]
    [InlineData("A fine of €1.5mn was imposed.", "€1.5mn", "exact", "1.5", "", "million", "EUR")]
    [InlineData("Spot prices are under $100 now.", "under $100", "under", "100", "", "", "USD")]
    [InlineData("Exports were more than 30 bcm.", "more than 30 bcm", "over", "30", "", "", "bcm")]
    [InlineData("They will pay up to 3% more.", "up to 3%", "at_most", "3", "", "", "percent")]
    [InlineData("Output reached at least 1.2 million barrels per day.", "at least 1.2 million barrels per day", "at_least", "1.2", "", "million", "bbl/day")]
    [InlineData("Demand fell about 1.5% in May.", "about 1.5%", "approximately", "1.5", "", "", "percent")]
    [InlineData("Storage is nearly 90% full.", "nearly 90%", "at_most", "90", "", "", "percent")]
    [InlineData("Refiners paid $40-45 per barrel.", "$40-45 per barrel", "range", "40", "45", "", "USD/bbl")]
    [InlineData("Growth will be between 4 and 6 percent.", "between 4 and 6 percent", "range", "4", "6", "", "percent")]
    [InlineData("The tax is 3% per annum.", "3% per annum", "exact", "3", "", "", "percent/year")]
    [InlineData("The gap widened by 2.5 percentage points.", "2.5 percentage points", "exact", "2.5", "", "", "pp")]
    [InlineData("Capacity is 38 bcm a year.", "38 bcm a year", "exact", "38", "", "", "bcm/year")]
    [InlineData("Qatar will produce 126 mtpa.", "126 mtpa", "exact", "126", "", "million", "t/year")]
    [InlineData("The award was more than 13 billion euros.", "more than 13 billion euros", "over", "13", "", "billion", "EUR")]
    [InlineData("Revenue reached 8.5 trillion roubles.", "8.5 trillion roubles", "exact", "8.5", "", "trillion", "RUB")]
    [InlineData("It cost RUB 7.5 billion.", "RUB 7.5 billion", "exact", "7.5", "", "billion", "RUB")]
    [InlineData("Prices dipped to -€23.50/MWh on Sunday.", "-€23.50/MWh", "exact", "-23.50", "", "", "EUR/MWh")]
    [InlineData("The wholesale reference was 35,50 €/MWh.", "35,50 €/MWh", "exact", "35.50", "", "", "EUR/MWh")]
    [InlineData("It must be done within five years.", "within five years", "at_most", "5", "", "", "year")]
    [InlineData("Inflation stays within 4% ± 1 percentage point.", "4% ± 1 percentage point", "plus_minus", "4", "", "", "percent")]
    [InlineData("The rate was cut by 25 basis points.", "25 basis points", "exact", "25", "", "", "bp")]
    [InlineData("The bond issue is $3.5bn-$4bn.", "$3.5bn-$4bn", "range", "3.5", "4", "billion", "USD")]
    [InlineData("Traders quoted 331 mcm/d for Monday.", "331 mcm/d", "exact", "331", "", "million", "m3/day")]
    [InlineData("We will pay $142 for every thousand cubic metres.", "$142 for every thousand cubic metres", "exact", "142", "", "", "USD/1000 m3")]
    [InlineData("The budget assumes 94.7 roubles to the dollar.", "94.7 roubles to the dollar", "exact", "94.7", "", "", "RUB/USD")]
    [InlineData("That is over half a billion dollars a year!", "over half a billion dollars a year", "over", "0.5", "", "billion", "USD/year")]
    [InlineData("Trucked LNG sold at 5,100 yuan a tonne.", "5,100 yuan a tonne", "exact", "5100", "", "", "CNY/t")]
    [InlineData("Average export price: $318/tcm in 2024.", "$318/tcm", "exact", "318", "", "", "USD/1000 m3")]
    [InlineData("Proved reserves: 47.1 tcm of gas.", "47.1 tcm", "exact", "47.1", "", "trillion", "m3")]
    public void Reads_printed_figures(string text, string span, string bound, string value, string high, string scale, string unit)
    {
        var c = One(text);
        Assert.Equal(span, c.Text);
        Assert.Equal(text.IndexOf(span, StringComparison.Ordinal), c.Start);
        Assert.Equal(bound, c.Bound.ToName());
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), c.Figure.Value);
        Assert.Equal(high.Length == 0 ? null : decimal.Parse(high, CultureInfo.InvariantCulture), c.Figure.ValueHigh);
        Assert.Equal(scale, c.Figure.Scale.ToName());
        Assert.Equal(unit, c.Unit.Symbol);
        Assert.False(c.UnitInferred);
    }

    [Theory]
    [InlineData("In 2020-21 the talks failed.")]
    [InlineData("On 7 February 2020 they met.")]
    [InlineData("About 30 people attended on the 3rd floor.")]
    [InlineData("Under Article 5 of the treaty, see Section 3.2 on page 14.")]
    [InlineData("Call +375 17 222 00 00 before 10:30 or at 14:00 GMT.")]
    [InlineData("The minister, aged 64, is a 64-year-old economist.")]
    [InlineData("The 10-year bond and the 2nd-largest supplier.")]
    [InlineData("Nearly 6 mln households and 9.4 million people are affected.")]
    [InlineData("Exports rose 2.3 times; G7 and OPEC+ met over the past five years.")]
    [InlineData("The budget runs over five years and the 1,400 MW cable cost 12,0 ct/kWh.")]
    [InlineData("Imports were a year earlier and 12 cargoes arrived in Q3.")]
    [InlineData("Petrol was $3.52 a gallon and diesel £1.50 per litre.")]
    public void Ignores_numbers_that_are_not_figures(string text)
    {
        Assert.Empty(FigureExtractor.Extract(text));
    }

    [Fact]
    public void A_change_from_one_level_to_another_is_two_figures_not_a_range()
    {
        var all = FigureExtractor.Extract("The bank cut the rate from 10% to 8% on Friday.");
        Assert.Equal(["10%", "8%"], all.Select(c => c.Text));
        Assert.All(all, c => Assert.Equal(BoundKind.Exact, c.Bound));

        var range = One("We pay them from 4% to 6% on loans.");
        Assert.Equal("from 4% to 6%", range.Text);
        Assert.Equal(BoundKind.Range, range.Bound);
        Assert.Equal(Interval.Closed(4, 6), range.Interval);
    }

    [Fact]
    public void Infers_the_unit_from_a_price_in_the_same_or_an_earlier_sentence()
    {
        var all = FigureExtractor.Extract("They suggested $127 per 1,000 cubic meters of gas. Spot prices in Europe are under $100.");
        Assert.Equal(2, all.Count);
        var under = all[1];
        Assert.Equal("under $100", under.Text);
        Assert.Equal("USD/1000 m3", under.Unit.Symbol);
        Assert.True(under.UnitInferred);
        Assert.Equal(Interval.Below(100, inclusive: false), under.Interval);
    }

    [Fact]
    public void Infers_unit_and_scale_for_a_bare_number_parallel_to_a_figure()
    {
        var all = FigureExtractor.Extract("Imports were 1.9 billion cubic metres in January and 1.7 in February.");
        Assert.Equal(2, all.Count);
        Assert.Equal("1.7", all[1].Text);
        Assert.Equal(Scale.Billion, all[1].Figure.Scale);
        Assert.Equal("m3", all[1].Unit.Symbol);
        Assert.True(all[1].UnitInferred);
        Assert.Equal(Interval.Point(1_700_000_000m), all[1].Interval);
    }

    [Fact]
    public void A_period_later_in_the_clause_makes_a_per_period_unit()
    {
        var c = One("This means paying $1 billion to Russia every year.");
        Assert.Equal("$1 billion", c.Text);
        Assert.Equal("USD/year", c.Unit.Symbol);
        Assert.True(c.UnitInferred);

        var earlier = One("The deficit was USD 1.4 billion a year earlier.");
        Assert.Equal("USD 1.4 billion", earlier.Text);
        Assert.Equal("USD", earlier.Unit.Symbol);
    }

    [Fact]
    public void Interest_rates_are_per_year_but_other_percentages_are_not()
    {
        var rate = One("As far as loans are concerned, they pay 1.5% on deposits.");
        Assert.Equal("percent/year", rate.Unit.Symbol);
        Assert.True(rate.UnitInferred);

        var growth = One("Loans to households grew 14.3% year on year.");
        Assert.Equal("percent", growth.Unit.Symbol);
    }

    [Fact]
    public void Offsets_are_utf16_code_units_even_after_characters_outside_the_bmp()
    {
        var text = "Gas 🔥📈 prices: €35/MWh, 𝟙 note, and $2.60 per MMBtu.";
        var all = FigureExtractor.Extract(text);
        Assert.Equal(2, all.Count);
        foreach (var c in all)
        {
            Assert.Equal(c.Text, text[c.Start..c.End]);
        }
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void Results_do_not_depend_on_the_current_culture(string culture)
    {
        const string text = "Brent rose 1.4% to $83.47 a barrel; gas was about €1,250.5 million and 35,50 €/MWh.";
        var invariant = FigureExtractor.Extract(text).Select(c => c.Figure.ToString()).ToList();
        using (new CultureScope(culture))
        {
            Assert.Equal(invariant, FigureExtractor.Extract(text).Select(c => c.Figure.ToString()).ToList());
        }

        Assert.Equal(4, invariant.Count);
    }

    [Fact]
    public void Candidates_do_not_overlap_and_come_in_text_order()
    {
        foreach (var item in DevSet.Items)
        {
            var all = FigureExtractor.Extract(item.Text);
            for (var i = 1; i < all.Count; i++)
            {
                Assert.True(all[i - 1].End <= all[i].Start, $"{item.Name}: \"{all[i - 1].Text}\" overlaps \"{all[i].Text}\"");
            }
        }
    }

    [Fact]
    public void Empty_and_numberless_texts_give_nothing()
    {
        Assert.Empty(FigureExtractor.Extract(string.Empty));
        Assert.Empty(FigureExtractor.Extract("How do you supply Hungary? Without any delay."));
        Assert.Throws<ArgumentNullException>(() => FigureExtractor.Extract(null!));
    }

    [Fact]
    public void A_zero_premium_about_oil_is_an_exact_zero_in_usd_per_tonne_inferred()
    {
        var c = One("How do you supply oil to Hungary? Without any premium.");
        Assert.Equal("Without any premium", c.Text);
        Assert.Equal(BoundKind.Exact, c.Bound);
        Assert.Equal(0m, c.Figure.Value);
        Assert.Equal("USD/t", c.Unit.Symbol);
        Assert.True(c.UnitInferred);
        Assert.Equal(Interval.Point(0m), c.Interval);
    }

    [Theory]
    [InlineData("Crude goes to Poland without a premium.", "without a premium", "USD/t")]
    [InlineData("Belarus buys oil at no premium to the Russian domestic price.", "no premium", "USD/t")]
    [InlineData("Gazprom sells gas to Germany with no discount.", "with no discount", "USD/1000 m3")]
    [InlineData("The gas contract has zero surcharge; it was signed in May.", "zero surcharge", "USD/1000 m3")]
    [InlineData("For oil, no premium was paid in 2019.", "no premium", "USD/t")]
    [InlineData("Minsk wants tonnes of crude without any discount, Lukashenko said.", "without any discount", "USD/t")]
    public void Zero_amount_phrases_take_the_unit_of_their_context(string text, string span, string unit)
    {
        var c = One(text);
        Assert.Equal(span, c.Text);
        Assert.Equal(0m, c.Figure.Value);
        Assert.Equal(BoundKind.Exact, c.Bound);
        Assert.Equal(unit, c.Unit.Symbol);
        Assert.True(c.UnitInferred);
    }

    [Theory]
    [InlineData("Oil of premium quality sells well.")]
    [InlineData("There is no premium oil brand in Belarus.")]
    [InlineData("Refiners sell no premium-grade crude.")]
    [InlineData("Without any premium, the deal was signed.")] // no oil or gas context: unit cannot be inferred
    [InlineData("Oil and gas go to Hungary without any premium.")] // oil and gas: ambiguous unit
    [InlineData("The oil premium was not discussed.")]
    [InlineData("There is no discount rate on oil loans yet.")]
    public void Premium_words_without_a_zero_amount_or_a_clear_unit_are_not_figures(string text)
    {
        Assert.Empty(FigureExtractor.Extract(text));
    }

    [Fact]
    public void A_zero_premium_does_not_lend_its_unit_to_a_later_bare_price()
    {
        var all = FigureExtractor.Extract("Oil went to Hungary without any premium, and Belarus paid $12 on top.");
        Assert.Equal(["without any premium", "$12"], all.Select(c => c.Text));
        Assert.Equal("USD/t", all[0].Unit.Symbol);
        Assert.Equal("USD", all[1].Unit.Symbol);
        Assert.False(all[1].UnitInferred);
    }

    [Fact]
    public void A_tax_rate_is_not_read_as_interest_even_when_the_sentence_names_the_key_rate()
    {
        var all = FigureExtractor.Extract("They will raise the profit tax rate to 25% and expect the key rate to average 18-19% next year.");
        Assert.Equal(["25%", "18-19%"], all.Select(c => c.Text));
        Assert.Equal("percent", all[0].Unit.Symbol);
        Assert.Equal("percent/year", all[1].Unit.Symbol);

        var orLess = One("The market would lend us at 4 per cent or less.");
        Assert.Equal("4 per cent or less", orLess.Text);
        Assert.Equal(BoundKind.AtMost, orLess.Bound);
    }

    [Fact]
    public void Run_on_text_gives_clipped_sentences_that_still_hold_the_figure()
    {
        var filler = string.Concat(Enumerable.Repeat("and the talks went on ", 60));
        var text = filler + "while Russia asked $127 per 1,000 cubic meters " + filler;
        var c = One(text);
        Assert.True(c.Sentence.Length < 700, $"sentence of {c.Sentence.Length} characters");
        Assert.Contains("$127 per 1,000 cubic meters", c.Sentence, StringComparison.Ordinal);
        Assert.Equal(c.Sentence, text.Substring(c.SentenceStart, c.Sentence.Length));
    }

    [Fact]
    public void A_price_named_by_its_benchmark_is_per_barrel_and_does_not_lend_its_unit_to_gas_prices()
    {
        var all = FigureExtractor.Extract("Gas sold at $7.85 per MMBtu. So at $80 Brent you are looking at about $9.50 for those cargoes.");
        Assert.Equal(["$7.85 per MMBtu", "$80 Brent", "about $9.50"], all.Select(c => c.Text));
        Assert.Equal("USD/bbl", all[1].Unit.Symbol);
        Assert.True(all[1].UnitInferred);
        Assert.Equal("USD/MMBtu", all[2].Unit.Symbol);
    }
}
