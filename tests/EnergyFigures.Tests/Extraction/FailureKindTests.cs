using System.Globalization;
using EnergyFigures.Extraction;

namespace EnergyFigures.Tests.Extraction;

/// <summary>
/// One positive and one negative test for each kind of failure the first blind round of issue 19 found
/// (docs/extraction.md §10): what the rule must read, and the nearby text it must leave alone.
/// </summary>
public class FailureKindTests
{
    private static string Show(FigureCandidate c) => string.Create(
        CultureInfo.InvariantCulture,
        $"{c.Text}|{c.Bound.ToName()}|{c.Figure.Value}|{c.Figure.ValueHigh}|{c.Figure.Scale.ToName()}|{c.Unit.Symbol}|{(c.UnitInferred ? 1 : 0)}");

    private static string[] All(string text) => FigureExtractor.Extract(text).Select(Show).ToArray();

    // ---- an annual volume whose "a year" the context implies, or that a later figure states once

    [Fact]
    public void A_capacity_is_an_annual_volume()
    {
        Assert.Equal(
            ["55 bcm|exact|55|||bcm/year|1", "33 bcm|exact|33|||bcm/year|1"],
            All("Nord Stream 1, with a capacity of 55 bcm, ran under the Baltic; Yamal-Europe could carry 33 bcm."));
        Assert.Equal(
            ["10 bcm|exact|10|||bcm/year|1", "20 bcm a year|exact|20|||bcm/year|0"],
            All("The pipeline is to be expanded from 10 bcm to 20 bcm a year."));
    }

    [Fact]
    public void Volumes_shipped_stored_or_processed_are_not_made_annual()
    {
        Assert.Equal(["about 150 bcm|approximately|150|||bcm|0"], All("In 2021 Russia shipped about 150 bcm to Europe."));
        Assert.Equal(["31 bcm|exact|31|||bcm|0"], All("Storage sites with a capacity of 31 bcm were a third full."));
        Assert.Equal(
            ["44 million tonnes|exact|44||million|t/year|1", "40.1 million tonnes|exact|40.1||million|t|0"],
            All("Its refineries, with a capacity of 44 million tonnes, processed 40.1 million tonnes."));
        Assert.Equal(["80 bcm|exact|80|||bcm|0", "134 bcm|exact|134|||bcm|0"], All("LNG imports rose from 80 bcm in 2021 to 134 bcm in 2022."));
    }

    // ---- unusual price notation

    [Fact]
    public void Apostrophe_thousands_and_a_unit_without_per_are_read()
    {
        Assert.Equal(["CHF 1'180 per 1'000 m3|exact|1180|||CHF/1000 m3|0"], All("Swiss suppliers paid CHF 1'180 per 1'000 m3."));
        Assert.Equal(["2'400'000 barrels per day|exact|2400000|||bbl/day|0"], All("It traded 2'400'000 barrels per day."));
        Assert.Equal(["€61 MWh|exact|61|||EUR/MWh|0", "EUR 95.40 MWh|exact|95.40|||EUR/MWh|0"], All("Power at €61 MWh; gas at EUR 95.40 MWh."));
    }

    [Fact]
    public void Apostrophes_that_are_not_separators_leave_no_fragments()
    {
        Assert.Empty(All("In the '90s the group's 3 plants ran; rock 'n' roll."));
        Assert.Equal(["€61|exact|61|||EUR|0"], All("The fee is €61 MW per connection."));
    }

    // ---- "from X to Y" after a verb or noun of change

    [Fact]
    public void From_x_to_y_after_a_change_is_two_figures()
    {
        Assert.Equal(["10 bcm|exact|10|||bcm|0", "20 bcm|exact|20|||bcm|0"], All("Flows were boosted from 10 bcm to 20 bcm."));
        Assert.Equal(["€8|exact|8|||EUR/MWh|1", "€11/MWh|exact|11|||EUR/MWh|0"], All("The increase in the network charge, from €8 to €11/MWh, was small."));
        Assert.Equal(
            ["5.6|exact|5.6||million|bbl/day|1", "5.1 million barrels a day|exact|5.1||million|bbl/day|0"],
            All("Refinery runs dropped from 5.6 to 5.1 million barrels a day."));
    }

    [Fact]
    public void From_x_to_y_without_a_change_stays_a_range_and_a_year_is_not_a_level()
    {
        Assert.Equal(["from 4% to 6%|range|4|6||percent|0"], All("Margins run from 4% to 6% in the sector."));
        Assert.Equal(["7.5%|exact|7.5|||percent|0", "16%|exact|16|||percent|0"], All("The share went from 7.5% in July 2023 to 16% in December."));
    }

    // ---- bound words

    [Theory]
    [InlineData("Exports exceeded 35 bcm in 2023.", "exceeded 35 bcm|over|35|||bcm|0")]
    [InlineData("Qatar will ship as much as 142 mtpa.", "as much as 142 mtpa|at_most|142||million|t/year|0")]
    [InlineData("The operator invested in excess of $3 billion.", "in excess of $3 billion|over|3||billion|USD|0")]
    [InlineData("Sales could reach upwards of 200 million tonnes.", "upwards of 200 million tonnes|over|200||million|t|0")]
    [InlineData("Output stays at no less than 110 bcm.", "no less than 110 bcm|at_least|110|||bcm|0")]
    [InlineData("Withdrawals should not exceed 60 bcm.", "not exceed 60 bcm|at_most|60|||bcm|0")]
    [InlineData("LNG shipments top 8 million tons a month.", "top 8 million tons a month|over|8||million|t/month|0")]
    public void Bound_words_are_recognised(string text, string expected)
    {
        Assert.Equal([expected], All(text));
    }

    [Theory]
    [InlineData("It is a dispute over $0.7 billion.", "$0.7 billion|exact|0.7||billion|USD|0")]
    [InlineData("The top 5% of households pay most.", "5%|exact|5|||percent|0")]
    [InlineData("Demand exceeded supply by 5 bcm.", "5 bcm|exact|5|||bcm|0")]
    public void Words_near_bound_words_are_not_bounds(string text, string expected)
    {
        Assert.Equal([expected], All(text));
    }

    // ---- currency after the number, or printed twice

    [Theory]
    [InlineData("A loan of 500 million USD was approved.", "500 million USD|exact|500||million|USD|0")]
    [InlineData("A second tranche of $150 million USD follows.", "$150 million USD|exact|150||million|USD|0")]
    [InlineData("Each household pays about 120 dollars.", "about 120 dollars|approximately|120|||USD|0")]
    [InlineData("The IMF lent SDR 1.5 billion.", "SDR 1.5 billion|exact|1.5||billion|XDR|0")]
    [InlineData("Coal sold at Rs 1,650 a tonne.", "Rs 1,650 a tonne|exact|1650|||INR/t|0")]
    public void Currency_after_the_number_or_doubled_is_one_figure(string text, string expected)
    {
        Assert.Equal([expected], All(text));
    }

    [Fact]
    public void Two_different_currencies_stay_two_figures_and_mrs_is_not_rupees()
    {
        Assert.Equal(["$100|exact|100|||USD|0", "€92|exact|92|||EUR|0"], All("They paid $100 or €92."));
        Assert.Empty(All("Mrs 5 and Mr 6 left."));
    }

    // ---- exchange rates

    [Fact]
    public void Roubles_per_dollar_is_an_exchange_rate()
    {
        Assert.Equal(["100 per dollar|exact|100|||RUB/USD|1"], All("The rouble slides to 100 per dollar."));
        Assert.Equal(
            ["1.2%|exact|1.2|||percent|0", "101.5 against the dollar|exact|101.5|||RUB/USD|1"],
            All("The rouble was 1.2% weaker at 101.5 against the dollar."));
        Assert.Equal(["90.1 rubles per dollar|exact|90.1|||RUB/USD|0"], All("An exchange rate of 90.1 rubles per dollar is assumed."));
    }

    [Fact]
    public void A_number_per_dollar_without_a_currency_named_is_not_a_figure()
    {
        Assert.Empty(All("Sales rose to 3 per dollar of assets."));
    }

    // ---- scraping artefacts

    [Fact]
    public void A_currency_sign_cut_from_its_number_by_a_space_or_line_break_is_read()
    {
        Assert.Equal(["$ 96.6 billion|exact|96.6||billion|USD|0"], All("Revenue was $ 96.6 billion."));
        Assert.Equal(["$ \n1,126 per 1,000 m3|exact|1126|||USD/1000 m3|0"], All("Average export price: $ \n1,126 per 1,000 m3"));
        Assert.Equal(["RUB 1.23\ntrillion|exact|1.23||trillion|RUB|0"], All("Net profit fell to RUB 1.23\ntrillion."));
    }

    [Fact]
    public void A_sign_two_paragraphs_away_is_not_attached()
    {
        Assert.Empty(All("Prices in $\n\n\n42 cities rose."));
    }

    // ---- "X to Y million": both sides

    [Fact]
    public void X_to_y_million_is_one_range_with_the_scale_on_both_sides()
    {
        Assert.Equal(["2 to 3 billion barrels|range|2|3|billion|bbl|0"], All("Reserves are 2 to 3 billion barrels."));
        Assert.Equal(["3 million cubic metres a day|exact|3||million|m3/day|0", "1.5-2 million|range|1.5|2|million|m3/day|1"], All("Output is 3 million cubic metres a day, of which 1.5-2 million is reinjected."));
    }

    [Fact]
    public void X_to_y_with_different_units_is_not_a_range()
    {
        Assert.Equal(["5%|exact|5|||percent|0", "6 bcm|exact|6|||bcm|0"], All("It grew 5% to 6 bcm."));
    }

    // ---- units implied by the topic; oil equivalent; transit tariffs per 100 km

    [Fact]
    public void Topic_units_oil_equivalent_and_tariffs_per_100_km()
    {
        Assert.Equal(["$70|exact|70|||USD/bbl|1"], All("The budget assumes $70 oil."));
        Assert.Equal(["$8.90 per barrel of oil equivalent|exact|8.90|||USD/boe|0"], All("Costs were $8.90 per barrel of oil equivalent."));
        Assert.Equal(["2.3 million barrels of oil equivalent per day|exact|2.3||million|boe/day|0"], All("It produced 2.3 million barrels of oil equivalent per day."));
        Assert.Equal(
            ["$1.09 per 1,000 cubic metres|exact|1.09|||USD/1000 m3|0", "$1.60|exact|1.60|||USD/1000 m3|1"],
            All("Ukraine charged $1.09 per 1,000 cubic metres per 100 km. In 2009 it was raised to $1.60."));
    }

    [Fact]
    public void Per_share_amounts_and_barrels_are_not_given_a_topic_unit()
    {
        Assert.Equal(
            ["CHF 1'180 per 1'000 m3|exact|1180|||CHF/1000 m3|0", "CHF 12.50|exact|12.50|||CHF|0"],
            All("Gas sold at CHF 1'180 per 1'000 m3. The dividend is CHF 12.50 per share."));
        Assert.Equal(["$62|exact|62|||USD|0"], All("Sales of $62 oil-free lubricant."));
    }

    // ---- multipliers, SDR, cubic feet

    [Fact]
    public void Multipliers_and_cubic_feet_are_figures()
    {
        Assert.Equal(["tenfold|exact|10|||1|0"], All("Exports saw a tenfold increase."));
        Assert.Equal(["three times|exact|3|||1|0"], All("LNG sold for three times as much."));
        Assert.Equal(["691 trillion cubic feet|exact|691||trillion|ft3|0"], All("Reserves stand at 691 trillion cubic feet."));
        Assert.Equal(["more than 100 bcf/d|over|100|||bcf/day|0"], All("Output is more than 100 bcf/d."));
        Assert.Equal(["$2.60 per Mcf|exact|2.60|||USD/1000 ft3|0"], All("Gas sold at $2.60 per Mcf."));
    }

    [Theory]
    [InlineData("They meet three times a week.")]
    [InlineData("Germany pays three, four times more.")]
    [InlineData("Exports rose 2.3 times.")]
    public void Frequencies_and_guesses_are_not_multipliers(string text)
    {
        Assert.Empty(All(text));
    }

    // ---- found by blind round 2

    [Theory]
    [InlineData("It sold at 12.35 roubles per yuan.", "12.35 roubles per yuan|exact|12.35|||RUB/CNY|0")]
    [InlineData("Sokol traded at USD 9 over Dubai.", "USD 9|exact|9|||USD/bbl|1")]
    [InlineData("He expects about four hundred million dollars.", "about four hundred million dollars|approximately|400||million|USD|0")]
    [InlineData("They ship about eighteen million tonnes a year.", "about eighteen million tonnes a year|approximately|18||million|t/year|0")]
    [InlineData("The contract price is PLN\n319.6/MWh.", "PLN\n319.6/MWh|exact|319.6|||PLN/MWh|0")]
    [InlineData("LNG cost $12.30 per million Btu.", "$12.30 per million Btu|exact|12.30|||USD/MMBtu|0")]
    public void Round_2_forms_are_read(string text, string expected)
    {
        Assert.Equal([expected.Replace("\\n", "\n", StringComparison.Ordinal)], All(text.Replace("\\n", "\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void Minus_and_a_range_after_a_change_earlier_in_the_clause()
    {
        Assert.Equal(
            ["minus 0.1%|exact|-0.1|||percent/year|1", "0 to 0.1%|range|0|0.1||percent/year|1"],
            All("The bank raised its policy rate from minus 0.1% to a range of 0 to 0.1%."));
        Assert.Equal(["100,000 to 150,000 b/d|range|100000|150000||bbl/day|0"], All("Iraq overproduced by 100,000 to 150,000 b/d."));
        Assert.Equal(["$0.42|exact|0.42|||USD/MMBtu|1", "$3.18 per MMBtu|exact|3.18|||USD/MMBtu|0"], All("Cold pushed the spot price up $0.42 to $3.18 per MMBtu."));
    }

    [Fact]
    public void A_pound_is_not_a_currency_denominator_and_the_minus_word_needs_a_word_boundary()
    {
        Assert.Equal(["$3|exact|3|||USD|0"], All("Copper fetched $3 per pound."));
        Assert.Equal(["0.5%|exact|0.5|||percent|0"], All("Terminus 0.5% of the way."));
    }

    // ---- found by blind round 4

    [Fact]
    public void By_x_to_y_after_a_change_verb_earlier_in_the_clause_is_a_change_and_a_level()
    {
        Assert.Equal(
            ["$1.20|exact|1.20|||USD/bbl|1", "$2.90 a barrel|exact|2.90|||USD/bbl|0"],
            All("Aramco raised the official selling price of its Arab Light crude for Asia by $1.20 to $2.90 a barrel."));
        Assert.Equal(["5 to 6 million barrels|range|5|6|million|bbl|0"], All("Commercial crude inventories are expected to fall by 5 to 6 million barrels."));
        Assert.Equal(["$1.20 to $2.90 a barrel|range|1.20|2.90||USD/bbl|0"], All("Refiners paid premiums that differ by $1.20 to $2.90 a barrel."));
    }

    [Fact]
    public void Exchange_rates_stated_again_for_it_take_the_pair_and_a_named_quote_currency()
    {
        Assert.Equal(
            ["78.23 roubles per dollar|exact|78.23|||RUB/USD|0", "over 100|over|100|||RUB/USD|1", "10.85|exact|10.85|||RUB/CNY|1"],
            All("The central bank set the rate at 78.23 roubles per dollar. A year ago it was over 100.\nAgainst the yuan it's 10.85."));
        Assert.Equal(
            ["42.5 to the dollar|exact|42.5|||TRY/USD|1", "29|exact|29|||TRY/USD|1"],
            All("Lira is even worse, 42.5 to the dollar now, was 29 in January."));
    }

    [Theory]
    [InlineData("The rouble traded at 78 per dollar. The index was 100 in January.", "78 per dollar|exact|78|||RUB/USD|1")]
    [InlineData("The rouble traded at 78 per dollar. It was 2014 all over again.", "78 per dollar|exact|78|||RUB/USD|1")]
    [InlineData("The rouble traded at 78 per dollar, was 30 people in the queue.", "78 per dollar|exact|78|||RUB/USD|1")]
    [InlineData("They try to hold it at 100 per dollar.", "")]
    public void Numbers_after_an_exchange_rate_that_are_not_its_level_are_left_alone(string text, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : [expected], All(text));
    }

    [Fact]
    public void An_amount_restating_one_per_period_takes_the_period()
    {
        Assert.Equal(
            ["120,000 roubles a month|exact|120000|||RUB/month|0", "about $1,530|approximately|1530|||USD/month|1"],
            All("My salary is 120,000 roubles a month, which is about $1,530."));
        Assert.Equal(
            ["95,000 roubles a month|exact|95000|||RUB/month|0", "$1,500|exact|1500|||USD/month|1", "less than a thousand dollars|under|1||thousand|USD/month|1"],
            All("My salary is 95,000 roubles a month. That used to be $1,500, now it's less than a thousand dollars."));
    }

    [Fact]
    public void An_amount_after_one_per_period_that_does_not_restate_it_keeps_its_own_unit()
    {
        Assert.Equal(
            ["€20 a month|exact|20|||EUR/month|0", "€2 billion|exact|2||billion|EUR|0"],
            All("The tariff is €20 a month, and the grid operator will invest €2 billion."));
        Assert.Equal(
            ["£100 a month|exact|100|||GBP/month|0", "£1.2 billion|exact|1.2||billion|GBP|0"],
            All("Households pay £100 a month, or £1.2 billion across the region."));
    }

    [Fact]
    public void An_energy_unit_on_the_next_line_of_scraped_text_belongs_to_the_price()
    {
        Assert.Equal(["€58,40\nMWh|exact|58.40|||EUR/MWh|0"], All("French baseload averaged €58,40\nMWh in November."));
        Assert.Equal(["€58,40|exact|58.40|||EUR|0"], All("The connection fee was €58,40\n\nMWh traded: 300."));
    }

    [Theory]
    [InlineData("Poland's capacity auction cleared at 244.90 zlotys per kW-year.")]
    [InlineData("The capacity payment is €30 per MW.")]
    [InlineData("Batteries cost $150/kW.")]
    public void A_price_per_unit_of_power_is_outside_the_unit_syntax(string text)
    {
        Assert.Empty(All(text));
    }

    [Fact]
    public void A_price_per_kilowatt_hour_is_not_taken_for_one_per_kilowatt()
    {
        Assert.Equal(["$0.12 per kWh|exact|0.12|||USD/kWh|0"], All("Households pay $0.12 per kWh."));
        Assert.Equal(["€61 MWh|exact|61|||EUR/MWh|0"], All("Power at €61 MWh."));
    }
}
