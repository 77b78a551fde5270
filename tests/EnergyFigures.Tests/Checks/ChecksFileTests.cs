using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Reference;
using EnergyFigures.Tests.Support;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Checks;

/// <summary>Checks as data: the checks file format, its validation, the shipped article's checks loaded from it, and per-observation exchange rates.</summary>
public class ChecksFileTests
{
    private const string Header = "claim,against,role,reference_period,reading,fx,fx_date,energy_content,density,sign,aggregation,note";

    private static ChecksReport Validate(params string[] rows) =>
        ChecksCsv.ValidateText(Header + "\n" + string.Join("\n", rows) + "\n", "checks.csv", ClaimSet.Shipped);

    /// <summary>
    /// The checks of the seed article as they were written in C# before they moved to data/checks.csv: the same
    /// claim, reference, role and options must give the same results (verdict, reference interval, explanation).
    /// Roles as issue 21 set them: the T-bill rate is a proxy, the nuclear-plant loan a single instance.
    /// </summary>
    public static TheoryData<int, string, string, bool, CheckRole, string> FormerTable()
    {
        // index in the shipped rows, claim, reference, is a series, role, options key
        return new()
        {
            { 0, "gas-price-offered-2020", "ref-gas-price-belarus-2020", false, CheckRole.Verification, "exact" },
            { 1, "gas-price-offered-2020", "ref-gas-price-belarus-2019", false, CheckRole.Context, "exact" },
            { 2, "gas-price-offered-2020", "ref-gas-price-gazprom-europe-avg-2019", false, CheckRole.Context, "exact" },
            { 3, "europe-spot-gas-price-2020-02", "worldbank.NGAS_EUR", true, CheckRole.Verification, "exact" },
            { 4, "europe-spot-gas-price-2020-02", "worldbank.NGAS_EUR", true, CheckRole.Sensitivity, "heating" },
            { 5, "europe-spot-gas-price-2020-02", "worldbank.NGAS_EUR", true, CheckRole.Sensitivity, "january" },
            { 6, "russia-reserves-rate-in-us", "fred.TB3MS", true, CheckRole.Proxy, "about" },
            { 7, "russia-reserves-rate-in-us", "fred.TB3MS", true, CheckRole.Proxy, "exact" },
            { 8, "belarus-loan-rate-from-russia", "ref-loan-rate-npp-fixed-part-2011", false, CheckRole.SingleInstance, "exact" },
            { 9, "belarus-loan-rate-from-russia", "ref-loan-rate-npp-average-2011", false, CheckRole.SingleInstance, "exact" },
            { 10, "belarus-loan-rate-from-russia", "ref-loan-rate-npp-average-2011", false, CheckRole.SingleInstance, "about" },
            { 11, "belarus-loan-rate-from-russia", "ref-loan-rate-npp-restructured-2020", false, CheckRole.Context, "exact" },
            { 12, "belarus-annual-payments-to-russia", "ref-debt-service-belarus-to-russia-2020", false, CheckRole.Verification, "exact" },
            { 13, "belarus-trade-deficit-with-russia", "ref-trade-belarus-russia-goods-balance-2019", false, CheckRole.Verification, "deficit" },
            { 14, "belarus-trade-deficit-with-russia", "ref-trade-belarus-russia-goods-balance-2019", false, CheckRole.Sensitivity, "deficit-about" },
            { 15, "belarus-trade-deficit-with-russia", "ref-trade-belarus-russia-goods-balance-2012-2018", false, CheckRole.Context, "about" },
            { 16, "russia-goods-sales-surplus", "ref-trade-belarus-russia-goods-balance-2019", false, CheckRole.Verification, "deficit" },
        };
    }

    [Theory]
    [MemberData(nameof(FormerTable))]
    public void The_seed_checks_loaded_from_data_give_the_results_of_the_former_code_table(int index, string claimId, string referenceId, bool series, CheckRole role, string options)
    {
        var exact = CheckOptions.Default;
        var o = options switch
        {
            "heating" => exact with { GasEnergyContent = GasEnergyContent.HeatingValueRange },
            "january" => exact with { ReferencePeriod = Period.Month(2020, 1) },
            "about" => new CheckOptions { ReadWithImpliedPrecision = true },
            "deficit" => new CheckOptions { Sign = SignConvention.DeficitAgainstBalance },
            "deficit-about" => new CheckOptions { Sign = SignConvention.DeficitAgainstBalance, ReadWithImpliedPrecision = true },
            _ => exact,
        };
        var claim = ClaimSet.Shipped.Get(claimId);
        var before = series
            ? Checker.Check(claim, ReferenceLibrary.Shipped.Get(referenceId), o)
            : Checker.Check(claim, ReportedFigures.Shipped.Get(referenceId), o);

        var row = ArticleChecks.All()[index];
        Assert.Equal(claimId, row.Claim.Id);
        Assert.Equal(referenceId, row.ReferenceId);
        Assert.Equal(role, row.Role);
        Assert.NotNull(row.Result);
        Assert.Equal(before.Verdict, row.Result.Verdict);
        Assert.Equal(before.ReferenceInterval, row.Result.ReferenceInterval);
        Assert.Equal(before.ClaimInterval, row.Result.ClaimInterval);
        Assert.Equal(before.Explanation, row.Result.Explanation);
        Assert.Equal(before.Assumptions.Select(a => a.Id), row.Result.Assumptions.Select(a => a.Id));
    }

    [Fact]
    public void The_shipped_checks_file_declares_36_rows_and_two_uncheckable_rows_with_their_reasons()
    {
        var d = ArticleChecks.Declarations;
        Assert.Equal(36, d.Count);
        Assert.All(d, x => Assert.Equal("checks.csv", x.File));
        Assert.Equal(2, d[0].Line);
        Assert.Equal(
            ["oil-premium-hungary-poland", "belarus-loans-last-year-repaid"],
            d.Where(x => x.Role == CheckRole.Uncheckable).Select(x => x.ClaimId));
        Assert.Equal(ArticleChecks.All().Count, d.Count);
    }

    [Fact]
    public void The_shipped_file_on_disk_is_the_embedded_one()
    {
        var onDisk = ChecksCsv.Load(RepoPaths.Data("checks.csv"), ClaimSet.Shipped);
        Assert.Equal(ArticleChecks.Declarations.Select(x => (x.ClaimId, x.Target, x.Role, x.Note)), onDisk.Select(x => (x.ClaimId, x.Target, x.Role, x.Note)));
    }

    [Fact]
    public void Every_option_column_is_read_into_the_check_options()
    {
        var report = Validate("europe-spot-gas-price-2020-02,series:worldbank.NGAS_EUR,sensitivity,2019-12/2020-02,implied-precision,ecb,observation-date,heating-value-range,7.33 bbl/t,deficit-against-balance,mean,a note");
        Assert.True(report.IsValid, string.Join("\n", report.Diagnostics));
        var d = Assert.Single(report.Declarations);
        Assert.Equal(new CheckTarget(CheckTargetKind.Series, "worldbank.NGAS_EUR"), d.Target);
        Assert.Equal(CheckRole.Sensitivity, d.Role);
        var o = d.Options!;
        Assert.Equal(Period.Parse("2019-12/2020-02"), o.ReferencePeriod);
        Assert.True(o.ReadWithImpliedPrecision);
        Assert.Equal(ExchangeRateRule.Ecb(ExchangeRateDate.ObservationDate), o.ExchangeRates);
        Assert.Equal(GasEnergyContent.HeatingValueRange, o.GasEnergyContent);
        Assert.Equal(7.33m, Assert.Single(o.Assumptions).Value.Interval.Low);
        Assert.Equal(SignConvention.DeficitAgainstBalance, o.Sign);
        Assert.Equal(ReferenceAggregation.Mean, o.Aggregation);
        Assert.Equal("a note", d.Note);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void Proxy_and_single_instance_are_roles_of_their_own()
    {
        var report = Validate(
            "russia-reserves-rate-in-us,series:fred.TB3MS,proxy,,implied-precision,,,,,,,",
            "gas-price-offered-2020,reported:ref-gas-price-belarus-2019,single-instance,,,,,,,,,");
        Assert.True(report.IsValid, string.Join("\n", report.Diagnostics));
        Assert.Equal([CheckRole.Proxy, CheckRole.SingleInstance], report.Declarations.Select(d => d.Role));
        var rows = ArticleChecks.Run(ClaimSet.Shipped, report.Declarations);
        Assert.Contains(rows, r => r.Role == CheckRole.Proxy && r.Result is { Verdict: Verdict.Consistent });
    }

    [Theory]
    [InlineData("no-such-claim,series:worldbank.NGAS_EUR,verification,,,,,,,,,", "claim", ErrorCodes.UnknownCheckedClaim)]
    [InlineData("gas-price-offered-2020,worldbank.NGAS_EUR,verification,,,,,,,,,", "against", ErrorCodes.BadCheckTarget)]
    [InlineData("gas-price-offered-2020,table:x,verification,,,,,,,,,", "against", ErrorCodes.BadCheckTarget)]
    [InlineData("gas-price-offered-2020,series:worldbank.NGAS_EU,verification,,,,,,,,,", "against", ErrorCodes.UnknownCheckTarget)]
    [InlineData("gas-price-offered-2020,reported:ref-nothing,verification,,,,,,,,,", "against", ErrorCodes.UnknownCheckTarget)]
    [InlineData("gas-price-offered-2020,claim:nothing,verification,,,,,,,,,", "against", ErrorCodes.UnknownCheckTarget)]
    [InlineData("gas-price-offered-2020,claim:gas-price-offered-2020,verification,,,,,,,,,", "against", ErrorCodes.SelfCheck)]
    [InlineData("gas-price-offered-2020,,verification,,,,,,,,,", "against", ErrorCodes.MissingValue)]
    [InlineData("gas-price-offered-2020,reported:ref-gas-price-belarus-2020,proof,,,,,,,,,", "role", ErrorCodes.BadCheckRole)]
    [InlineData("gas-price-offered-2020,reported:ref-gas-price-belarus-2020,,,,,,,,,,", "role", ErrorCodes.MissingValue)]
    [InlineData("gas-price-offered-2020,reported:ref-gas-price-belarus-2020,verification,,roughly,,,,,,,", "reading", ErrorCodes.BadReading)]
    [InlineData("europe-spot-gas-price-2020-02,series:worldbank.NGAS_EUR,verification,Feb 2020,,,,,,,,", "reference_period", ErrorCodes.BadPeriod)]
    [InlineData("gas-price-offered-2020,reported:ref-gas-price-belarus-2020,verification,2020-01,,,,,,,,", "reference_period", ErrorCodes.UnexpectedValue)]
    [InlineData("europe-spot-gas-price-2020-02,series:worldbank.NGAS_EUR,verification,,,fed,,,,,,", "fx", ErrorCodes.BadAssumptionName)]
    [InlineData("europe-spot-gas-price-2020-02,series:worldbank.NGAS_EUR,verification,,,ecb,yesterday,,,,,", "fx_date", ErrorCodes.BadAssumptionName)]
    [InlineData("europe-spot-gas-price-2020-02,series:worldbank.NGAS_EUR,verification,,,,claim-date,,,,,", "fx_date", ErrorCodes.UnexpectedValue)]
    [InlineData("europe-spot-gas-price-2020-02,series:worldbank.NGAS_EUR,verification,,,,,lots,,,,", "energy_content", ErrorCodes.BadAssumptionName)]
    [InlineData("europe-spot-gas-price-2020-02,series:worldbank.NGAS_EUR,verification,,,,,36 USD/t,,,,", "energy_content", ErrorCodes.BadAssumptionName)]
    [InlineData("europe-spot-gas-price-2020-02,series:worldbank.NGAS_EUR,verification,,,,,-36 GJ/1000 m3,,,,", "energy_content", ErrorCodes.BadAssumptionName)]
    [InlineData("europe-spot-gas-price-2020-02,series:worldbank.NGAS_EUR,verification,,,,,,7.33 GJ/t,,,", "density", ErrorCodes.BadAssumptionName)]
    [InlineData("europe-spot-gas-price-2020-02,series:worldbank.NGAS_EUR,verification,,,,,,,opposite,,", "sign", ErrorCodes.BadAssumptionName)]
    [InlineData("europe-spot-gas-price-2020-02,series:worldbank.NGAS_EUR,verification,,,,,,,,median,", "aggregation", ErrorCodes.BadAssumptionName)]
    [InlineData("gas-price-offered-2020,reported:ref-gas-price-belarus-2020,verification,,,,,,,,mean,", "aggregation", ErrorCodes.UnexpectedValue)]
    [InlineData("domestic-gas-price-promise,series:worldbank.NGAS_EUR,uncheckable,,,,,,,,,why", "against", ErrorCodes.UnexpectedValue)]
    [InlineData("domestic-gas-price-promise,,uncheckable,,,,,,,,,", "note", ErrorCodes.MissingValue)]
    public void A_bad_row_gets_a_coded_error_with_file_line_and_field(string row, string field, string code)
    {
        var report = Validate("gas-price-offered-2020,reported:ref-gas-price-belarus-2020,verification,,,,,,,,,fine", row);
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal("checks.csv", d.File);
        Assert.Equal(3, d.Line);
        Assert.Equal(field, d.Field);
        Assert.Equal(Array.IndexOf(ChecksCsv.Columns.ToArray(), field) + 1, d.Column);
        Assert.StartsWith($"checks.csv:3: {field} (column ", d.ToString(), StringComparison.Ordinal);
        Assert.Contains("expected", d.Message, StringComparison.Ordinal);

        // The good row is kept; the bad one is reported, never dropped silently.
        Assert.Single(report.Declarations);
        Assert.Throws<ChecksFileException>(() => report.ThrowIfInvalid());
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_in_file_order()
    {
        var report = Validate(
            "no-such-claim,series:worldbank.NGAS_EUR,verification,,,,,,,,,",
            "gas-price-offered-2020,reported:ref-gas-price-belarus-2020,verification,,,,,,,,,",
            "gas-price-offered-2020,x,proof,,,,,,,,,");
        Assert.Equal([2L, 4L, 4L], report.Diagnostics.Select(d => d.Line));
        Assert.Equal([ErrorCodes.UnknownCheckedClaim, ErrorCodes.BadCheckRole, ErrorCodes.BadCheckTarget], report.Diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("", ErrorCodes.EmptyFile)]
    [InlineData("claim,against\n", ErrorCodes.MissingColumn)]
    [InlineData("claim,against,role,colour\n", ErrorCodes.UnknownColumn)]
    [InlineData("claim,against,role,role\n", ErrorCodes.DuplicateColumn)]
    [InlineData("claim,against,role\ngas-price-offered-2020,reported:ref-gas-price-belarus-2020,verification,extra\n", ErrorCodes.TooManyFields)]
    [InlineData("claim,against,role\ngas-price-offered-2020,\"never closed,verification\n", ErrorCodes.MalformedCsv)]
    public void A_bad_file_shape_gets_the_codes_of_claims_files(string text, string code)
    {
        var report = ChecksCsv.ValidateText(text, "checks.csv", ClaimSet.Shipped);
        Assert.Equal(code, report.Diagnostics[0].Code);
    }

    [Fact]
    public void A_missing_file_is_unreadable_not_an_exception()
    {
        var report = ChecksCsv.Validate(Path.Combine(Path.GetTempPath(), "no-such-dir-ef-checks", "checks.csv"), ClaimSet.Shipped);
        Assert.Equal(ErrorCodes.FileUnreadable, Assert.Single(report.Diagnostics).Code);
    }

    [Fact]
    public void A_declared_check_that_cannot_run_is_a_row_with_its_coded_problem_not_an_exception()
    {
        // The Treasury bill rate in 1900: outside the series' coverage.
        var d = new CheckDeclaration("russia-reserves-rate-in-us", new CheckTarget(CheckTargetKind.Series, "fred.TB3MS"), CheckRole.Context, new CheckOptions { ReferencePeriod = Period.Year(1900) }, "too early");
        var row = Assert.Single(ArticleChecks.Run(ClaimSet.Shipped, [d]), r => r.Claim.Id == "russia-reserves-rate-in-us");
        Assert.Null(row.Result);
        Assert.Null(row.Verdict);
        Assert.StartsWith(ErrorCodes.OutsideCoverage, row.Problem, StringComparison.Ordinal);
        Assert.Contains("not computed", ArticleChecks.ToMarkdown([row]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_can_be_checked_against_another_claim_of_the_same_file()
    {
        var report = Validate("gas-price-offered-2020,claim:europe-spot-gas-price-2020-02,context,,,,,,,,,127 against under 100");
        var rows = ArticleChecks.Run(ClaimSet.Shipped, report.ThrowIfInvalid());
        var row = Assert.Single(rows, r => r.Claim.Id == "gas-price-offered-2020");
        Assert.Equal("europe-spot-gas-price-2020-02", row.ReferenceId);
        Assert.NotNull(row.Result);

        // Every other shipped claim is listed, as without a check.
        Assert.Equal(ClaimSet.Shipped.Count, rows.Count);
        Assert.All(rows.Where(r => r.Claim.Id != "gas-price-offered-2020"), r => Assert.Equal(CheckRole.Uncheckable, r.Role));
    }

    [Fact]
    public void Monthly_mean_rates_give_the_verdict_of_the_library_with_that_months_ECB_mean()
    {
        var claim = EuroClaim("236", "2022-08");
        var series = ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR");
        var byRule = Checker.Check(claim, series, new CheckOptions { ExchangeRates = ExchangeRateRule.Ecb() });
        var byHand = Checker.Check(claim, series, new CheckOptions { Assumptions = [ExchangeRates.EcbMean(Period.Month(2022, 8), "USD")] });
        Assert.Equal(byHand.Verdict, byRule.Verdict);
        Assert.Equal(byHand.ReferenceInterval, byRule.ReferenceInterval);
        Assert.Contains("monthly-mean", byRule.Explanation, StringComparison.Ordinal);
        Assert.Contains(byRule.Assumptions, a => a.Id == "ecb.USD.mean.2022-08");
    }

    [Fact]
    public void Claim_date_rates_give_the_verdict_of_the_library_with_the_ECB_rate_of_that_day()
    {
        var claim = EuroClaim("236", "2022-08");
        var series = ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR");
        var byRule = Checker.Check(claim, series, new CheckOptions { ExchangeRates = ExchangeRateRule.Ecb(ExchangeRateDate.ClaimDate) });
        var byHand = Checker.Check(claim, series, new CheckOptions { Assumptions = [ExchangeRates.EcbOn(new DateOnly(2022, 9, 1), "USD")] });
        Assert.Equal(byHand.Verdict, byRule.Verdict);
        Assert.Equal(byHand.ReferenceInterval, byRule.ReferenceInterval);
    }

    [Fact]
    public void Each_observation_converts_at_its_own_months_rate()
    {
        var claim = EuroClaim("200", "2022-06/2022-09");
        var series = ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR");
        var result = Checker.Check(claim, series, new CheckOptions { ExchangeRates = ExchangeRateRule.Ecb() });
        var eurMwh = Unit.Parse("EUR/MWh");
        var each = new[] { 6, 7, 8, 9 }.Select(m =>
        {
            var p = Period.Month(2022, m);
            var rate = ExchangeRates.EcbMean(p, "USD");
            return series.QuantityOf(series.ValueFor(p)).ConvertTo(eurMwh, rate).Interval;
        }).ToList();
        Assert.Equal(each.Min(i => i.Low), result.ReferenceInterval.Interval.Low);
        Assert.Equal(each.Max(i => i.High), result.ReferenceInterval.Interval.High);
        Assert.Equal(4, result.Assumptions.Count(a => a.Id.StartsWith("ecb.USD.mean.2022-", StringComparison.Ordinal)));

        // One rate for all four months (the claim's day) gives another range: the rule matters.
        var oneRate = Checker.Check(claim, series, new CheckOptions { ExchangeRates = ExchangeRateRule.Ecb(ExchangeRateDate.ClaimDate) });
        Assert.NotEqual(result.ReferenceInterval, oneRate.ReferenceInterval);
    }

    [Fact]
    public void The_same_currency_needs_no_rate_and_the_rule_changes_nothing()
    {
        var claim = ClaimSet.Shipped.Get("europe-spot-gas-price-2020-02");
        var plain = Checker.Check(claim, "worldbank.NGAS_EUR");
        var ruled = Checker.Check(claim, "worldbank.NGAS_EUR", new CheckOptions { ExchangeRates = ExchangeRateRule.Ecb() });
        Assert.Equal(plain.Explanation, ruled.Explanation);
    }

    [Theory]
    [InlineData("bp", "bp.gas.energy_per_1000m3")]
    [InlineData("heating-value-range", "hhv_lhv.gas.energy_per_1000m3")]
    [InlineData("bp.gas.mmbtu_per_1000m3", "bp.gas.mmbtu_per_1000m3")]
    [InlineData("eia", "eia.oil.mmbtu_per_bbl")]
    [InlineData("eia.oil.mmbtu_per_bbl", "eia.oil.mmbtu_per_bbl")]
    public void Energy_content_names_are_the_shipped_factors(string text, string id)
    {
        Assert.True(AssumptionNames.TryParseEnergyContent(text, out var a, out _));
        Assert.Equal(id, a.Id);
    }

    [Theory]
    [InlineData("bp", "bp.oil.bbl_per_tonne")]
    [InlineData("bp.oil.bbl_per_tonne", "bp.oil.bbl_per_tonne")]
    public void Density_names_are_the_shipped_factors(string text, string id)
    {
        Assert.True(AssumptionNames.TryParseDensity(text, out var a, out _));
        Assert.Equal(id, a.Id);
    }

    [Theory]
    [InlineData("38 GJ/1000 m3")]
    [InlineData("5.8 MMBtu/bbl")]
    public void An_energy_content_can_be_a_value_the_user_states_and_is_cited_as_such(string text)
    {
        Assert.True(AssumptionNames.TryParseEnergyContent(text, out var a, out _));
        Assert.Equal(AssumptionNames.UserStated, a.Source);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bp.gas.ft3_per_m3")]
    [InlineData("0 GJ/1000 m3")]
    [InlineData("36,0 GJ/1000 m3")]
    [InlineData("36 GJ")]
    public void Bad_energy_contents_are_refused_with_what_was_expected(string text)
    {
        Assert.False(AssumptionNames.TryParseEnergyContent(text, out _, out var error));
        Assert.Contains("expected", error, StringComparison.Ordinal);
    }

    private static Claim EuroClaim(string value, string period)
    {
        var csv = string.Join(",", ClaimsCsv.Columns) + "\n" +
            $"euro-gas,European gas,{period},Someone,,about €{value} per MWh,approximately,{value},,,,EUR/MWh,gas,,\"Gas was about €{value} per MWh.\",,2022-09-01,,Title,,Outlet,2022-09-02,,,\n";
        return ClaimsCsv.ValidateText(csv, "euro.csv").ThrowIfInvalid().Get("euro-gas");
    }

    [Fact]
    public void A_comparison_claim_is_declared_against_a_figure_for_each_side()
    {
        var report = Validate("korybko-higher-price-than-west,reported:ref-gas-price-belarus-2020 vs series:worldbank.NGAS_EUR,verification,2020-02,,,,,,,,spot reading");
        Assert.True(report.IsValid, string.Join("\n", report.Diagnostics));
        var d = Assert.Single(report.Declarations);
        Assert.Equal(new CheckTarget(CheckTargetKind.ReportedFigure, "ref-gas-price-belarus-2020") { ComparedWith = new CheckTarget(CheckTargetKind.Series, "worldbank.NGAS_EUR") }, d.Target);
        Assert.Equal("reported:ref-gas-price-belarus-2020 vs series:worldbank.NGAS_EUR", d.Target!.ToString());
        Assert.Equal(Period.Month(2020, 2), d.Options!.ReferencePeriod);

        var row = Assert.Single(ArticleChecks.Run(ClaimSet.Shipped, report.Declarations), r => r.Declaration is not null);
        Assert.Equal("ref-gas-price-belarus-2020 − worldbank.NGAS_EUR", row.ReferenceId);
        Assert.Equal(Verdict.Consistent, row.Verdict);
    }

    [Theory]
    [InlineData("gas-price-offered-2020,reported:ref-gas-price-belarus-2020 vs reported:ref-gas-price-belarus-2019,verification,,,,,,,,,x", ErrorCodes.ComparisonMismatch)]
    [InlineData("korybko-higher-price-than-west,series:worldbank.NGAS_EUR,verification,,,,,,,,,x", ErrorCodes.ComparisonMismatch)]
    [InlineData("korybko-higher-price-than-west,reported:ref-gas-price-belarus-2020 vs reported:no-such-figure,verification,,,,,,,,,x", ErrorCodes.UnknownCheckTarget)]
    [InlineData("korybko-higher-price-than-west,reported:ref-gas-price-belarus-2020 vs ,verification,,,,,,,,,x", ErrorCodes.BadCheckTarget)]
    public void A_comparison_target_on_the_wrong_claim_or_with_a_bad_side_is_refused(string row, string code)
    {
        var report = Validate(row);
        Assert.False(report.IsValid);
        Assert.Contains(report.Diagnostics, x => x.Code == code && x.Field == "against");
    }
}
