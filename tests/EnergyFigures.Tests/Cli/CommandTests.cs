using System.Text.Json;
using EnergyFigures.Claims;
using EnergyFigures.Cli;
using EnergyFigures.Tests.Csv;
using EnergyFigures.Tests.Support;
using EnergyFigures.Errors;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Cli;

public class ListTests
{
    [Fact]
    public void List_shows_every_shipped_claim()
    {
        var r = Cli.Run("list");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.StartsWith("18 claims", r.Out);
        foreach (var c in ClaimSet.Shipped)
        {
            Assert.Contains(c.Id, r.Out);
        }

        Assert.Equal(string.Empty, r.Err);
    }

    [Fact]
    public void List_json_parses_back_with_exact_decimals()
    {
        var r = Cli.Run("list", "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var root = doc.RootElement;
        Assert.Equal(18, root.GetProperty("count").GetInt32());
        var claims = root.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(ClaimSet.Shipped.Select(c => c.Id), claims.Select(c => c.GetProperty("id").GetString()));
        var rate = claims.Single(c => c.GetProperty("id").GetString() == "russia-reserves-rate-in-us").GetProperty("figure");
        Assert.Equal(1.5m, rate.GetProperty("value").GetDecimal());
        Assert.Equal("percent/year", rate.GetProperty("unit").GetString());
        var spot = claims.Single(c => c.GetProperty("id").GetString() == "europe-spot-gas-price-2020-02").GetProperty("figure").GetProperty("interval");
        Assert.Equal(JsonValueKind.Null, spot.GetProperty("low").ValueKind);
        Assert.Equal(100m, spot.GetProperty("high").GetDecimal());
        Assert.True(spot.GetProperty("highOpen").GetBoolean());
    }

    [Theory]
    [InlineData("--topic", "gas", new[] { "gas-price-offered-2020", "europe-spot-gas-price-2020-02", "domestic-gas-price-promise", "same-terms-as-west", "korybko-higher-price-than-west", "domestic-gas-price-promise-content" })]
    [InlineData("--topic", "TRADE", new[] { "belarus-trade-deficit-with-russia", "russia-goods-sales-surplus" })]
    [InlineData("--country", "hu", new[] { "oil-premium-hungary-poland" })]
    [InlineData("--claimant", "nobody at all", new string[0])]
    public void List_filters(string option, string value, string[] expected)
    {
        var r = Cli.Run("list", option, value, "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var ids = doc.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToArray();
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void List_filters_combine()
    {
        var r = Cli.Run("list", "--claimant", "alexander lukashenko", "--topic", "finance", "--country", "US");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.StartsWith("1 claim\n", r.Out);
        Assert.Contains("russia-reserves-rate-in-us", r.Out);
    }
}

public class ShowTests
{
    [Fact]
    public void Show_prints_the_claim_with_its_provenance()
    {
        var r = Cli.Run("show", "belarus-loan-rate-from-russia");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("from 4% to 6%", r.Out);
        Assert.Contains("[4, 6] percent/year", r.Out);
        Assert.Contains("Alexander Lukashenko → BelTA → Andrew Korybko, Global Research (2020-02-06) → originally OneWorld", r.Out);
        Assert.Contains("while we pay them from 4% to 6%.", r.Out);
        Assert.Contains("(verbatim)", r.Out);
    }

    [Fact]
    public void Show_json_round_trips_the_figure_exactly()
    {
        var claim = ClaimSet.Shipped["belarus-annual-payments-to-russia"];
        var r = Cli.Run("show", claim.Id, "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var root = doc.RootElement;
        Assert.Equal(claim.Id, root.GetProperty("id").GetString());
        var f = root.GetProperty("figure");
        Assert.Equal(claim.Figure.Value, f.GetProperty("value").GetDecimal());
        Assert.Equal("billion", f.GetProperty("scale").GetString());
        Assert.Equal(claim.Figure.Interval.Low, f.GetProperty("interval").GetProperty("low").GetDecimal());
        var a = root.GetProperty("appearances")[0];
        Assert.Equal(claim.FirstAppearance.Quote, a.GetProperty("quote").GetString());
        Assert.Equal("BelTA", a.GetProperty("reportedBy")[0].GetString());
        Assert.Equal("2020-02-06", a.GetProperty("source").GetProperty("date").GetString());
    }

    [Fact]
    public void Show_unknown_id_is_one_line_and_exit_4()
    {
        var r = Cli.Run("show", "no-such-claim");
        Assert.Equal(ExitCodes.NotFound, r.ExitCode);
        Assert.Equal(string.Empty, r.Out);
        Assert.Contains("EF4001", r.SingleErrorLine());
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void Json_is_invariant_under_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        var r = Cli.Run("show", "russia-reserves-rate-in-us", "--format", "json");
        Assert.Contains("\"value\": 1.5,", r.Out);
        var t = Cli.Run("show", "russia-reserves-rate-in-us");
        Assert.Contains("[1.5, 1.5] percent/year", t.Out);
    }
}

public class CompareTests
{
    [Fact]
    public void Compare_keeps_bounds_and_units()
    {
        var r = Cli.Run("compare", "gas-price-offered-2020", "europe-spot-gas-price-2020-02");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("difference A − B: (27, +∞) USD/1000 m3", r.Out);
        Assert.Contains("premium of A over B:", r.Out);
        Assert.Contains("assuming prices are positive", r.Out);
        Assert.Contains("exceeds a value stated as under $100 per 1,000 m³", r.Out);
        Assert.Contains("A is greater than B", r.Out);
        Assert.Contains("Global Research", r.Out);
    }

    [Fact]
    public void Compare_json_parses_back()
    {
        var r = Cli.Run("--format", "json", "compare", "belarus-loan-rate-from-russia", "russia-reserves-rate-in-us");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var root = doc.RootElement;
        Assert.Equal("belarus-loan-rate-from-russia", root.GetProperty("a").GetProperty("id").GetString());
        Assert.Equal("russia-reserves-rate-in-us", root.GetProperty("b").GetProperty("id").GetString());
        Assert.Equal("spread A − B", root.GetProperty("results")[0].GetProperty("name").GetString());
        var first = root.GetProperty("results")[0].GetProperty("result");
        Assert.Equal("pp/year", first.GetProperty("unit").GetString());
        var iv = first.GetProperty("interval");
        Assert.Equal(2.5m, iv.GetProperty("low").GetDecimal());
        Assert.Equal(4.5m, iv.GetProperty("high").GetDecimal());
        Assert.Contains("percentage points", root.GetProperty("results")[0].GetProperty("explanation").GetString());
    }

    [Fact]
    public void Compare_incompatible_units_is_exit_5_with_the_code()
    {
        var r = Cli.Run("compare", "gas-price-offered-2020", "russia-reserves-rate-in-us");
        Assert.Equal(ExitCodes.CannotCompute, r.ExitCode);
        Assert.Contains("EF3001", r.SingleErrorLine());
    }

    [Fact]
    public void Compare_needs_two_ids()
    {
        var r = Cli.Run("compare", "gas-price-offered-2020");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("compare --help", r.SingleErrorLine());
    }
}

public class CheckTests
{
    [Fact]
    public void Check_shows_the_reviewed_checks_of_a_claim_with_verdict_reference_and_sources()
    {
        var r = Cli.Run("check", "gas-price-offered-2020");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.StartsWith("gas-price-offered-2020: $127 per 1,000 cubic meters — CONSISTENT (verification against ref-gas-price-belarus-2020)", r.Out);
        // A context check that disagrees is shown as a difference, never as a refutation (issue 16).
        Assert.Contains("DIFFERS (CONTEXT: NOT A REFUTATION) (context against ref-gas-price-gazprom-europe-avg-2019)", r.Out);
        Assert.Contains("Reference: 127 USD/1000 m3", r.Out);
        Assert.Contains("Source:    Natural Gas World", r.Out);
    }

    [Fact]
    public void Check_of_the_spot_price_uses_the_world_bank_series_and_bp_factor()
    {
        var r = Cli.Run("check", "europe-spot-gas-price-2020-02", "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var rows = doc.RootElement.GetProperty("checks").EnumerateArray().ToList();
        var v = rows.First(x => x.GetProperty("role").GetString() == "verification");
        Assert.Equal("worldbank.NGAS_EUR", v.GetProperty("referenceId").GetString());
        Assert.Equal("consistent", v.GetProperty("verdict").GetString());
        Assert.Contains("bp.gas.energy_per_1000m3", v.GetProperty("assumptions").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(v.GetProperty("citations").EnumerateArray(), c => c.GetString()!.Contains("CC BY 4.0", StringComparison.Ordinal));
        Assert.True(v.GetProperty("referenceInterval").GetProperty("interval").GetProperty("high").GetDecimal() < 100m);
    }

    [Fact]
    public void Check_json_covers_every_claim_when_no_id_is_given()
    {
        var r = Cli.Run("check", "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var checks = doc.RootElement.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(ClaimSet.Shipped.Select(c => c.Id), checks.Select(c => c.GetProperty("claim").GetString()).Distinct());
        Assert.All(checks, c => Assert.Contains(c.GetProperty("verdict").GetString(), new[] { "consistent", "inconsistent", "indeterminate", "uncheckable" }));
        Assert.Contains(checks, c => c.GetProperty("verdict").GetString() == "inconsistent" && c.GetProperty("claim").GetString() == "belarus-trade-deficit-with-russia");
        Assert.Equal("uncheckable", checks.Last(c => c.GetProperty("claim").GetString() == "oil-premium-hungary-poland").GetProperty("verdict").GetString());
        Assert.Equal("differs (context: not a refutation)", checks.First(c => c.GetProperty("claim").GetString() == "oil-premium-hungary-poland").GetProperty("shown").GetString());
    }

    [Fact]
    public void Check_against_a_series_or_a_reported_figure_on_request()
    {
        var r = Cli.Run("check", "russia-reserves-rate-in-us", "--series", "fred.TB3MS", "--implied-precision", "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        var row = Assert.Single(doc.RootElement.GetProperty("checks").EnumerateArray());
        Assert.Equal("ad-hoc", row.GetProperty("role").GetString());
        Assert.True(row.GetProperty("readWithImpliedPrecision").GetBoolean());

        var a = Cli.Run("check", "gas-price-offered-2020", "--against", "ref-gas-price-belarus-2019");
        Assert.Equal(ExitCodes.Ok, a.ExitCode);
        Assert.Contains("CONSISTENT (ad-hoc against ref-gas-price-belarus-2019)", a.Out);
    }

    [Fact]
    public void Check_a_claim_of_ones_own_without_a_reviewed_check_is_uncheckable_not_an_error()
    {
        using var dir = new TempDir();
        var path = dir.Write("mine.csv", CsvFixtures.BuildCsv(CsvFixtures.ValidRow("my-claim")));
        var r = Cli.Run("check", "my-claim", "--data", path);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("UNCHECKABLE", r.Out);
        Assert.Contains("--series", r.Out);
    }

    [Theory]
    [InlineData("check nope", ExitCodes.NotFound)]
    [InlineData("check gas-price-offered-2020 --series no.such.series", ExitCodes.NotFound)]
    [InlineData("check gas-price-offered-2020 --series fred.TB3MS", ExitCodes.CannotCompute)]
    [InlineData("check gas-price-offered-2020 --series worldbank.CRUDE_BRENT", ExitCodes.CannotCompute)]
    [InlineData("check gas-price-offered-2020 --series fred.TB3MS --against ref-gas-price-belarus-2019", ExitCodes.Usage)]
    [InlineData("check gas-price-offered-2020 --implied-precision", ExitCodes.Usage)]
    public void Check_errors_are_one_line_with_their_exit_code(string commandLine, int code)
    {
        var r = Cli.Run(commandLine.Split(' '));
        Assert.Equal(code, r.ExitCode);
        r.SingleErrorLine();
    }

    [Fact]
    public void An_oil_series_does_not_check_a_gas_price_it_names_the_missing_energy_equivalence()
    {
        var r = Cli.Run("check", "gas-price-offered-2020", "--series", "worldbank.CRUDE_BRENT");
        Assert.Equal(ExitCodes.CannotCompute, r.ExitCode);
        Assert.DoesNotContain("INCONSISTENT", r.Out, StringComparison.Ordinal);
        Assert.Contains(ErrorCodes.CommodityMismatch, r.Err, StringComparison.Ordinal);
        Assert.Contains("energy content of crude oil", r.Err, StringComparison.Ordinal);

        // Given the energy equivalence, the check runs and names it (with BP's gas factor, still the default).
        var ok = Cli.Run("check", "gas-price-offered-2020", "--series", "worldbank.CRUDE_BRENT", "--energy-content", "eia.oil.mmbtu_per_bbl");
        Assert.Equal(ExitCodes.Ok, ok.ExitCode);
        Assert.Contains("eia.oil.mmbtu_per_bbl", ok.Out, StringComparison.Ordinal);
        Assert.Contains("US Energy Information Administration", ok.Out, StringComparison.Ordinal);
        Assert.Contains("BP", ok.Out, StringComparison.Ordinal);
    }
}

public class UsageTests
{
    public static IEnumerable<object[]> Commands => new[] { "list", "show", "compare", "check", "chart", "report", "validate" }.Select(c => new object[] { c });

    [Fact]
    public void Help_at_the_root_lists_every_command()
    {
        var r = Cli.Run("--help");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        foreach (var c in Commands)
        {
            Assert.Contains("  " + (string)c[0], r.Out);
        }

        Assert.Contains("--data", r.Out);
        Assert.Contains("--format", r.Out);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_works_on_every_command(string command)
    {
        var r = Cli.Run(command, "--help");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("Usage:", r.Out);
        Assert.Contains("energy-figures " + command, r.Out);
        Assert.Contains("--data", r.Out);
        Assert.Equal(string.Empty, r.Err);
    }

    [Theory]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("list --no-such-option")]
    [InlineData("list --format xml")]
    [InlineData("show")]
    [InlineData("chart gas-price-offered-2020")]
    [InlineData("report")]
    public void Usage_errors_are_one_line_and_exit_2(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var r = Cli.Run(args);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Equal(string.Empty, r.Out);
        Assert.StartsWith("energy-figures: error: ", r.SingleErrorLine());
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var r = Cli.Run("--version");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", r.Out);
    }
}

public class DataOptionTests
{
    [Fact]
    public void Data_replaces_the_shipped_set()
    {
        using var dir = new TempDir();
        var path = dir.Write("mine.csv", CsvFixtures.BuildCsv(CsvFixtures.ValidRow("my-claim"), CsvFixtures.ValidRow("other-claim")));
        var r = Cli.Run("list", "--data", path, "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = r.Json();
        Assert.Equal(2, doc.RootElement.GetProperty("count").GetInt32());
        Assert.Equal("mine.csv", doc.RootElement.GetProperty("dataset").GetString());

        var show = Cli.Run("--data", path, "show", "my-claim");
        Assert.Equal(ExitCodes.Ok, show.ExitCode);
        Assert.Contains("A. Speaker", show.Out);
        Assert.Equal(ExitCodes.NotFound, Cli.Run("--data", path, "show", "gas-price-offered-2020").ExitCode);
    }

    [Fact]
    public void Data_with_problems_is_exit_1_pointing_at_validate()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.csv", CsvFixtures.BuildCsv(CsvFixtures.ValidRow().With("unit", "USX")));
        var r = Cli.Run("list", "--data", path);
        Assert.Equal(ExitCodes.InvalidData, r.ExitCode);
        var line = r.SingleErrorLine();
        Assert.Contains("bad.csv:2", line);
        Assert.Contains("energy-figures validate", line);
    }

    [Fact]
    public void Data_missing_file_is_exit_3()
    {
        using var dir = new TempDir();
        var r = Cli.Run("list", "--data", dir.File("absent.csv"));
        Assert.Equal(ExitCodes.IoError, r.ExitCode);
        Assert.Contains("absent.csv", r.SingleErrorLine());
    }
}
