using System.Text.Json;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Cli;
using EnergyFigures.Csv;
using EnergyFigures.Derivation;
using EnergyFigures.Reference;
using EnergyFigures.Tests.Support;
using EnergyFigures.Errors;

namespace EnergyFigures.Tests.Cli;

/// <summary>Assumptions from the command line, declared checks from a file, and the reference data you can browse.</summary>
public class AssumptionCommandTests
{
    private static readonly string Sample = Path.Combine(RepoPaths.Root, "samples", "europe-energy-2021-2022");
    private static readonly string Claims = Path.Combine(Sample, "claims.csv");
    private static readonly string ChecksFile = Path.Combine(Sample, "checks.csv");

    private static Claim Get(string id) => ClaimsCsv.Load(Claims).Get(id);

    private static JsonElement OnlyCheck(Cli.Result r)
    {
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        var doc = r.Json();
        return Assert.Single(doc.RootElement.GetProperty("checks").EnumerateArray());
    }

    private static decimal[] Ends(JsonElement quantity) =>
        [quantity.GetProperty("interval").GetProperty("low").GetDecimal(), quantity.GetProperty("interval").GetProperty("high").GetDecimal()];

    [Fact]
    public void A_euro_claim_against_a_dollar_series_without_fx_names_the_option_not_a_library_call()
    {
        var r = Cli.Run("--data", Claims, "check", "europe-gas-price-2022-08-eur", "--series", "worldbank.NGAS_EUR");
        Assert.Equal(ExitCodes.CannotCompute, r.ExitCode);
        var line = r.SingleErrorLine();
        Assert.Contains(ErrorCodes.MissingAssumption, line, StringComparison.Ordinal);
        Assert.Contains("--fx ecb", line, StringComparison.Ordinal);
        Assert.DoesNotContain("ExchangeRate.", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("monthly-mean")]
    [InlineData("observation-date")]
    public void Check_with_fx_ecb_gives_the_verdict_of_the_library_with_the_ECB_rates(string? dateRule)
    {
        var args = new List<string> { "--data", Claims, "check", "europe-gas-price-2022-08-eur", "--series", "worldbank.NGAS_EUR", "--fx", "ecb", "--format", "json" };
        if (dateRule is not null)
        {
            args.AddRange(["--fx-date", dateRule]);
        }

        var row = OnlyCheck(Cli.Run([.. args]));
        var claim = Get("europe-gas-price-2022-08-eur");
        var series = ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR");

        // The library with the ECB rate the rule names, given by hand.
        var rate = dateRule switch
        {
            "observation-date" => ExchangeRates.EcbOn(new DateOnly(2022, 8, 31), "USD"),
            _ => ExchangeRates.EcbMean(Period.Month(2022, 8), "USD"),
        };
        var library = Checker.Check(claim, series, new CheckOptions { Assumptions = [rate] });
        Assert.Equal(library.Verdict.ToString().ToLowerInvariant(), row.GetProperty("verdict").GetString());
        Assert.Equal([library.ReferenceInterval.Interval.Low!.Value, library.ReferenceInterval.Interval.High!.Value], Ends(row.GetProperty("referenceInterval")));
        Assert.Contains(rate.Id, row.GetProperty("assumptions").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(row.GetProperty("assumptionsStated").EnumerateArray(), a => a.GetString()!.StartsWith("fx ecb", StringComparison.Ordinal));
        Assert.Contains("--fx ecb", row.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains("European Central Bank", row.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_with_fx_date_claim_date_uses_the_rate_of_the_day_the_claim_was_said()
    {
        using var dir = new TempDir();
        var csv = string.Join(",", ClaimsCsv.Columns) + "\n" +
            "euro-gas,European gas,2022-08,Someone,,about €236 per MWh,approximately,236,,,,EUR/MWh,gas,,\"Gas was about €236 per MWh.\",,2022-09-01/2022-09-05,,Title,,Outlet,2022-09-06,,,\n";
        var path = dir.Write("euro.csv", csv);
        var row = OnlyCheck(Cli.Run("--data", path, "check", "euro-gas", "--series", "worldbank.NGAS_EUR", "--fx", "ecb", "--fx-date", "claim-date", "--format", "json"));
        var claim = ClaimsCsv.Load(path).Get("euro-gas");
        var rate = ExchangeRates.EcbOn(new DateOnly(2022, 9, 5), "USD");
        var library = Checker.Check(claim, ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR"), new CheckOptions { Assumptions = [rate] });
        Assert.Equal(library.Verdict.ToString().ToLowerInvariant(), row.GetProperty("verdict").GetString());
        Assert.Equal([library.ReferenceInterval.Interval.Low!.Value, library.ReferenceInterval.Interval.High!.Value], Ends(row.GetProperty("referenceInterval")));

        // The tutorial's claims were written after the last shipped ECB rate: no rate on their day, and the error says so.
        var late = Cli.Run("--data", Claims, "check", "europe-gas-price-2022-08-eur", "--series", "worldbank.NGAS_EUR", "--fx", "ecb", "--fx-date", "claim-date");
        Assert.Equal(ExitCodes.CannotCompute, late.ExitCode);
        Assert.Contains(ErrorCodes.OutsideCoverage, late.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_text_output_cites_the_assumptions_given()
    {
        var r = Cli.Run("--data", Claims, "check", "brent-price-2022-06-per-tonne", "--series", "worldbank.CRUDE_BRENT", "--density", "bp", "--implied-precision");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("CONSISTENT (ad-hoc against worldbank.CRUDE_BRENT)", r.Out, StringComparison.Ordinal);
        Assert.Contains("--density bp", r.Out, StringComparison.Ordinal);
        Assert.Contains("Assumed:   reading implied-precision; assumption bp.oil.bbl_per_tonne", r.Out, StringComparison.Ordinal);

        // A value of your own, with the commodity the claim's unit states, is cited as stated by you.
        var own = Cli.Run("--data", Claims, "check", "brent-price-2022-06-per-tonne", "--series", "worldbank.CRUDE_BRENT", "--density", "7.4 bbl{crude}/t{crude}");
        Assert.Equal(ExitCodes.Ok, own.ExitCode);
        Assert.Contains("the user, value stated as an assumption", own.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_per_tonne_of_crude_against_a_price_per_barrel_without_a_density_names_the_option()
    {
        var r = Cli.Run("--data", Claims, "check", "brent-price-2022-06-per-tonne", "--series", "worldbank.CRUDE_BRENT");
        Assert.Equal(ExitCodes.CannotCompute, r.ExitCode);
        var line = r.SingleErrorLine();
        Assert.Contains(ErrorCodes.MissingAssumption, line, StringComparison.Ordinal);
        Assert.Contains("--density bp", line, StringComparison.Ordinal);
        Assert.DoesNotContain("OilDensity.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_of_a_gas_price_with_an_oil_price_is_refused_without_an_energy_equivalence_and_cites_it_with_one()
    {
        using var dir = new TempDir();
        var csv = string.Join(",", ClaimsCsv.Columns) + "\n" +
            "gas-offer,Gas price offered,2020,Someone,,\"$127 per 1,000 cubic meters\",exact,127,,,,USD/1000 m3,gas;price,,\"They offered $127 per 1,000 cubic meters.\",,2020-02-03,,Title,,Outlet,2020-02-06,,,\n" +
            "oil-price,Oil price,2020-02,Someone,,$55 a barrel,exact,55,,,,USD/bbl,oil;price,,\"Oil traded at $55 a barrel.\",,2020-02-03,,Title,,Outlet,2020-02-06,,,\n";
        var path = dir.Write("mine.csv", csv);

        var refused = Cli.Run("--data", path, "compare", "gas-offer", "oil-price");
        Assert.Equal(ExitCodes.CannotCompute, refused.ExitCode);
        var line = refused.SingleErrorLine();
        Assert.Contains(ErrorCodes.CommodityMismatch, line, StringComparison.Ordinal);
        Assert.Contains("--energy-content", line, StringComparison.Ordinal);

        var given = Cli.Run("--data", path, "compare", "gas-offer", "oil-price", "--energy-content", "eia");
        Assert.Equal(ExitCodes.Ok, given.ExitCode);
        Assert.Contains("5.8 MMBtu per bbl of crude oil", given.Out, StringComparison.Ordinal);
        Assert.Contains("US Energy Information Administration", given.Out, StringComparison.Ordinal);
        Assert.Contains("36 GJ per 1,000 m³", given.Out, StringComparison.Ordinal);

        // $55/bbl at 5.8 MMBtu/bbl is 55/5.8 USD/MMBtu; 1,000 m³ at BP's 36 GJ; the difference is about −196.6.
        var library = Compare.Difference(
            Derive.From(ClaimsCsv.Load(path).Get("gas-offer")),
            Derive.From(ClaimsCsv.Load(path).Get("oil-price")),
            [OilEnergyContent.EiaPerBarrel, GasEnergyContent.Bp]);
        Assert.True(library.Interval.Low > -196.7m && library.Interval.High < -196.4m, library.Interval.ToString());
        Assert.Contains("difference A − B: ≈ −196.6 USD/1000 m3", given.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gas_price_against_a_crude_oil_series_names_the_energy_content_option_not_a_library_call()
    {
        var r = Cli.Run("check", "gas-price-offered-2020", "--series", "worldbank.CRUDE_BRENT");
        Assert.Equal(ExitCodes.CannotCompute, r.ExitCode);
        var line = r.SingleErrorLine();
        Assert.Contains(ErrorCodes.CommodityMismatch, line, StringComparison.Ordinal);
        Assert.Contains("--energy-content bp|heating-value-range|eia", line, StringComparison.Ordinal);
        Assert.DoesNotContain("OilEnergyContent.", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--sign", "deficit-against-balance", "belarus-trade-deficit-with-russia", "ref-trade-belarus-russia-goods-balance-2019", "inconsistent")]
    [InlineData("--sign", "same", "belarus-trade-deficit-with-russia", "ref-trade-belarus-russia-goods-balance-2019", "inconsistent")]
    public void Sign_is_an_option_of_its_own(string option, string value, string claim, string against, string verdict)
    {
        var row = OnlyCheck(Cli.Run("check", claim, "--against", against, option, value, "--format", "json"));
        Assert.Equal(verdict, row.GetProperty("verdict").GetString());
        var notes = string.Join(" ", row.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(value == "deficit-against-balance", notes.Contains("sign was reversed", StringComparison.Ordinal));
    }

    [Fact]
    public void Aggregate_mean_and_period_choose_what_the_reference_is()
    {
        var range = OnlyCheck(Cli.Run("check", "europe-spot-gas-price-2020-02", "--series", "worldbank.NGAS_EUR", "--period", "2019-10/2020-03", "--format", "json"));
        var mean = OnlyCheck(Cli.Run("check", "europe-spot-gas-price-2020-02", "--series", "worldbank.NGAS_EUR", "--period", "2019-10/2020-03", "--aggregate", "mean", "--format", "json"));
        var r = Ends(range.GetProperty("referenceInterval"));
        var m = Ends(mean.GetProperty("referenceInterval"));
        Assert.True(r[1] - r[0] > 1m);
        Assert.True(m[1] - m[0] < 1e-20m, "The mean is a point, up to the outward rounding of the conversion.");
        Assert.InRange(m[0], r[0], r[1]);
    }

    [Fact]
    public void Energy_content_heating_value_range_widens_the_reference()
    {
        var bp = OnlyCheck(Cli.Run("check", "europe-spot-gas-price-2020-02", "--series", "worldbank.NGAS_EUR", "--energy-content", "bp", "--format", "json"));
        var range = OnlyCheck(Cli.Run("check", "europe-spot-gas-price-2020-02", "--series", "worldbank.NGAS_EUR", "--energy-content", "heating-value-range", "--format", "json"));
        var b = Ends(bp.GetProperty("referenceInterval"));
        var h = Ends(range.GetProperty("referenceInterval"));
        Assert.True(h[0] < b[0] && b[1] < h[1]);
    }

    [Theory]
    [InlineData("--fx", "fed")]
    [InlineData("--fx-date", "monthly-mean")]
    [InlineData("--energy-content", "lots")]
    [InlineData("--density", "7.33 GJ/t")]
    [InlineData("--density", "bp.gas.energy_per_1000m3")]
    [InlineData("--sign", "opposite")]
    [InlineData("--aggregate", "median")]
    [InlineData("--period", "Feb 2020")]
    public void A_bad_assumption_value_is_a_usage_error_naming_the_option(string option, string value)
    {
        var r = Cli.Run("check", "europe-spot-gas-price-2020-02", "--series", "worldbank.NGAS_EUR", option, value);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains(option, r.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_with_fx_ecb_equals_the_library_with_the_ECB_rate()
    {
        var r = Cli.Run("--data", Claims, "compare", "europe-gas-price-2022-08-eur", "europe-gas-price-2022-08-usd", "--fx", "ecb", "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var first = doc.RootElement.GetProperty("results")[0];
        var a = Derive.From(Get("europe-gas-price-2022-08-eur"));
        var b = Derive.From(Get("europe-gas-price-2022-08-usd"));
        var library = Compare.Difference(a, b, ExchangeRates.EcbMean(Period.Month(2022, 8), "USD"));
        Assert.Equal([library.Quantity.Interval.Low!.Value, library.Quantity.Interval.High!.Value], Ends(first.GetProperty("result")));
        Assert.Contains("European Central Bank", first.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Single(doc.RootElement.GetProperty("assumptionsStated").EnumerateArray());

        var without = Cli.Run("--data", Claims, "compare", "europe-gas-price-2022-08-eur", "europe-gas-price-2022-08-usd");
        Assert.Equal(ExitCodes.CannotCompute, without.ExitCode);
        Assert.Contains("--fx ecb", without.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_of_a_series_with_fx_converts_each_month_at_its_own_rate_and_says_so()
    {
        using var dir = new TempDir();
        var svg = dir.File("gas.svg");
        var r = Cli.Run("--data", Claims, "chart", "--series", "worldbank.NGAS_EUR", "--period", "2021-01/2022-12", "europe-gas-price-2022-08-eur", "--fx", "ecb", "-o", svg, "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var caption = string.Join("\n", doc.RootElement.GetProperty("caption").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("observation by observation", caption, StringComparison.Ordinal);
        Assert.Contains("monthly", caption, StringComparison.Ordinal);
        Assert.Contains("2021-01: ", caption, StringComparison.Ordinal);
        Assert.Equal("TimeSeries", doc.RootElement.GetProperty("kind").GetString());
        Assert.StartsWith("<?xml", File.ReadAllText(svg), StringComparison.Ordinal);

        // Without --fx, the euro claim and the dollar series cannot meet: the error names the option.
        var without = Cli.Run("--data", Claims, "chart", "--series", "worldbank.NGAS_EUR", "--period", "2021-01/2022-12", "europe-gas-price-2022-08-eur", "-o", dir.File("x.svg"));
        Assert.Equal(ExitCodes.CannotCompute, without.ExitCode);
        Assert.Contains("--fx ecb", without.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_of_claims_in_two_currencies_with_fx_draws_them_in_the_first_ones_unit()
    {
        using var dir = new TempDir();
        var r = Cli.Run("--data", Claims, "chart", "europe-gas-price-2022-08-eur", "europe-gas-price-2022-08-usd", "--fx", "ecb", "-o", dir.File("c.svg"), "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        Assert.Contains(doc.RootElement.GetProperty("caption").EnumerateArray(), c => c.GetString()!.Contains("ECB", StringComparison.Ordinal));
    }

    [Fact]
    public void Series_lists_every_shipped_series_with_unit_coverage_publisher_and_licence()
    {
        var text = Cli.Run("series");
        Assert.Equal(ExitCodes.Ok, text.ExitCode);
        foreach (var s in ReferenceLibrary.Shipped.Series)
        {
            Assert.Contains(s.Id, text.Out, StringComparison.Ordinal);
        }

        var json = Cli.Run("series", "--format", "json");
        using var doc = json.Json();
        var rows = doc.RootElement.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(ReferenceLibrary.Shipped.Ids, rows.Select(x => x.GetProperty("id").GetString()));
        var gas = rows.Single(x => x.GetProperty("id").GetString() == "worldbank.NGAS_EUR");
        Assert.Equal("USD/MMBtu", gas.GetProperty("unit").GetString());
        Assert.Equal("World Bank", gas.GetProperty("publisher").GetString());
        Assert.Contains("CC BY 4.0", gas.GetProperty("licence").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("1960-01", gas.GetProperty("coverage").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Series_show_converts_each_value_at_its_own_months_rate()
    {
        var r = Cli.Run("series", "show", "worldbank.NGAS_EUR", "--period", "2022-07/2022-08", "--unit", "EUR/MWh", "--fx", "ecb", "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var values = doc.RootElement.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(["2022-07", "2022-08"], values.Select(v => v.GetProperty("period").GetString()));
        var series = ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR");
        for (int m = 7; m <= 8; m++)
        {
            var p = Period.Month(2022, m);
            var expected = series.QuantityOf(series.ValueFor(p)).ConvertTo(EnergyFigures.Units.Unit.Parse("EUR/MWh"), ExchangeRates.EcbMean(p, "USD")).Interval;
            var v = values[m - 7];
            Assert.Equal([expected.Low!.Value, expected.High!.Value], Ends(v.GetProperty("value")));
            Assert.Equal([$"ecb.USD.mean.2022-{m:00}"], v.GetProperty("assumptions").EnumerateArray().Select(a => a.GetString()));
        }

        var text = Cli.Run("series", "show", "worldbank.NGAS_EUR", "--period", "2022-08", "--unit", "EUR/MWh", "--fx", "ecb");
        Assert.Contains("2022-08  235.9681 EUR/MWh", text.Out, StringComparison.Ordinal);
        Assert.Contains("each value converted at its own period's rate", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_show_without_a_unit_prints_the_published_values()
    {
        var r = Cli.Run("series", "show", "fred.TB3MS", "--period", "2020-02");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("2020-02  1.52", r.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, Cli.Run("series", "show", "no.such").ExitCode);
        Assert.Equal(ExitCodes.Usage, Cli.Run("series", "show", "fred.TB3MS", "--fx", "ecb").ExitCode);
    }

    [Fact]
    public void Reported_lists_and_shows_the_shipped_reported_figures()
    {
        var list = Cli.Run("reported", "--format", "json");
        Assert.Equal(ExitCodes.Ok, list.ExitCode);
        using var doc = list.Json();
        Assert.Equal(ReportedFigures.Shipped.Count, doc.RootElement.GetProperty("count").GetInt32());

        var show = Cli.Run("reported", "show", "ref-gas-price-belarus-2020");
        Assert.Equal(ExitCodes.Ok, show.ExitCode);
        Assert.StartsWith("ref-gas-price-belarus-2020\n", show.Out, StringComparison.Ordinal);
        Assert.Contains("Natural Gas World", show.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, Cli.Run("reported", "show", "ref-nothing").ExitCode);
    }

    [Theory]
    [InlineData("series")]
    [InlineData("series show")]
    [InlineData("reported")]
    [InlineData("reported show")]
    [InlineData("chart")]
    public void The_browsing_commands_have_help(string command)
    {
        var r = Cli.Run([.. command.Split(' '), "--help"]);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("--format", r.Out, StringComparison.Ordinal);
        Assert.Contains("Description:", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_with_data_and_checks_runs_the_declared_checks_and_draws_their_charts()
    {
        using var dir = new TempDir();
        var r = Cli.Run("--data", Claims, "--checks", ChecksFile, "report", "-o", dir.Path, "--images", "svg", "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var declared = ChecksCsv.Load(ChecksFile, ClaimsCsv.Load(Claims));
        var undeclared = ClaimsCsv.Load(Claims).Count(c => declared.All(d => d.ClaimId != c.Id));
        Assert.Equal(declared.Count + undeclared, doc.RootElement.GetProperty("checks").GetInt32());
        var html = File.ReadAllText(Path.Combine(dir.Path, "index.html"));
        Assert.Contains("checks.csv", html, StringComparison.Ordinal);
        Assert.Contains("differs (context: not a refutation)", html, StringComparison.Ordinal);
        Assert.Contains("fx ecb (monthly-mean)", html, StringComparison.Ordinal);
        foreach (var claim in declared.Where(d => d.Role == CheckRole.Verification).Select(d => d.ClaimId).Distinct())
        {
            Assert.True(File.Exists(Path.Combine(dir.Path, "charts", $"check-{claim}.svg")), claim);
        }
    }

    [Fact]
    public void Check_with_a_checks_file_shows_every_declared_check_with_a_verdict()
    {
        var r = Cli.Run("--data", Claims, "--checks", ChecksFile, "check", "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var rows = doc.RootElement.GetProperty("checks").EnumerateArray().Where(c => c.GetProperty("role").GetString() != "uncheckable").ToList();
        Assert.Equal(ChecksCsv.Load(ChecksFile, ClaimsCsv.Load(Claims)).Count, rows.Count);
        Assert.All(rows, c => Assert.Contains(c.GetProperty("verdict").GetString(), new[] { "consistent", "inconsistent", "indeterminate" }));
    }

    [Fact]
    public void A_bad_checks_file_is_exit_1_with_file_line_field_and_code()
    {
        using var dir = new TempDir();
        var bad = dir.Write("checks.csv", "claim,against,role\nbrent-price-2022-06,series:worldbank.BRENT,verification\n");
        var v = Cli.Run("validate", Claims, "--checks", bad);
        Assert.Equal(ExitCodes.InvalidData, v.ExitCode);
        Assert.Contains($"checks.csv:2: against (column 2): {ErrorCodes.UnknownCheckTarget}", v.Out, StringComparison.Ordinal);

        var c = Cli.Run("--data", Claims, "--checks", bad, "check");
        Assert.Equal(ExitCodes.InvalidData, c.ExitCode);
        Assert.Contains(ErrorCodes.UnknownCheckTarget, c.SingleErrorLine(), StringComparison.Ordinal);
    }
}
