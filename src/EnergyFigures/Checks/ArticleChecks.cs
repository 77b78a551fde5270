using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using EnergyFigures.Claims;
using EnergyFigures.Numerics;
using EnergyFigures.Reference;
using EnergyFigures.Units;

namespace EnergyFigures.Checks;

/// <summary>What a row of the article's checks table is for.</summary>
public enum CheckRole
{
    /// <summary>The reference measures what the claim states: the verdict is a verdict on the claim.</summary>
    Verification,

    /// <summary>The same check under another reading or assumption, to show how much the verdict depends on it.</summary>
    Sensitivity,

    /// <summary>A related figure (another price, period or measure): the verdict says only whether the numbers agree, not whether the claim is true.</summary>
    Context,

    /// <summary>
    /// A stand-in for what the claim names, measured by another instrument (the US Treasury bill rate for "what
    /// Americans pay" on Russia's reserves): agreement supports the claim only as far as the stand-in does, and
    /// is not a verification.
    /// </summary>
    Proxy,

    /// <summary>
    /// One instance of what the claim generalises ("we pay them from 4% to 6%" held against one loan): it can
    /// show the claim fits that instance, not that it holds in general.
    /// </summary>
    SingleInstance,

    /// <summary>No shipped reference data can check the claim; <see cref="ArticleCheck.Note"/> says why.</summary>
    Uncheckable,
}

/// <summary>A row of the article's checks table: a claim, the series or reported figure it was held against, the verdict, and why.</summary>
/// <param name="Claim">The claim (of <see cref="ClaimSet.Shipped"/>).</param>
/// <param name="Role">What the row is for.</param>
/// <param name="ReferenceId">The series id or reported figure's claim id; null when uncheckable.</param>
/// <param name="Options">The options used; null when uncheckable.</param>
/// <param name="Result">The check; null when uncheckable.</param>
/// <param name="Note">How to read the row, or why the claim cannot be checked.</param>
public sealed record ArticleCheck(Claim Claim, CheckRole Role, string? ReferenceId, CheckOptions? Options, CheckResult? Result, string Note)
{
    /// <summary>The verdict; null when uncheckable.</summary>
    public Verdict? Verdict => Result?.Verdict;

    /// <summary>
    /// The finding in words that respect the role (<see cref="CheckFindings.Describe"/>): a verification says
    /// "consistent"/"inconsistent"; a context check says "agrees"/"differs", never a refutation.
    /// </summary>
    public string Finding => Result is null ? "uncheckable" : CheckFindings.Describe(Role, Result.Verdict);

    /// <summary><c>europe-spot-gas-price-2020-02 vs worldbank.NGAS_EUR: Consistent (Verification)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Result is null ? $"{Claim.Id}: uncheckable — {Note}" : $"{Result} ({Role})";
}

/// <summary>
/// The checks of the seed article's claims (<see cref="ClaimSet.Shipped"/>): for each checkable claim the
/// series or reported figure used and the verdict; for each other claim the reason it cannot be checked.
/// </summary>
public static class ArticleChecks
{
    private static readonly Lazy<IReadOnlyList<ArticleCheck>> AllLazy = new(() => Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every row, in the order of the claims in the dataset; computed once (the same list on every call).</summary>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<ArticleCheck> All() => AllLazy.Value;

    /// <summary>The table as GitHub Markdown: claim, figure, reference, reading, verdict, margin, role, note.</summary>
    /// <returns>The Markdown text (LF line endings).</returns>
    public static string ToMarkdown()
    {
        var s = new StringBuilder();
        s.Append("| claim | figure | reference | reading | reference value (claim's unit) | verdict | margin | role | note |\n");
        s.Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (var row in All())
        {
            var r = row.Result;
            string Cell(string t) => t.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
            var reading = row.Options is null ? string.Empty : Reading(row.Options, r);
            var value = r is null ? string.Empty : Show(r.ReferenceInterval.Interval, r.Claim.Figure.Scale) + " " + r.ReferenceInterval.Unit;
            var margin = r?.Margin is { } m ? string.Create(CultureInfo.InvariantCulture, $"{(m.Absolute >= 0 ? "+" : "−")}{Num(Math.Abs(m.Absolute) / r.Claim.Figure.Scale.Multiplier())}{(r.Claim.Figure.Scale == Scale.None ? string.Empty : " " + r.Claim.Figure.Scale.ToName())}{(m.Relative is { } rel ? $" ({Num(Math.Abs(rel) * 100m)}%)" : string.Empty)}") : string.Empty;
            s.Append(CultureInfo.InvariantCulture, $"| `{row.Claim.Id}` | {Cell(row.Claim.Figure.Text)} | {(row.ReferenceId is null ? "—" : "`" + row.ReferenceId + "`")} | {Cell(reading)} | {Cell(value)} | {row.Finding} | {margin} | {CheckFindings.Name(row.Role)} | {Cell(row.Note)} |\n");
        }

        return s.ToString();
    }

    private static string Reading(CheckOptions o, CheckResult? r)
    {
        var parts = new List<string> { o.ReadWithImpliedPrecision ? "implied precision" : "as stated" };
        if (r is not null && r.ReferenceValues.Count > 0)
        {
            parts.Add(string.Join("+", r.ReferenceValues.Select(v => v.Period.ToString())));
        }

        parts.AddRange(r?.Assumptions.Select(a => a.Id) ?? []);
        if (o.Sign == SignConvention.DeficitAgainstBalance)
        {
            parts.Add("deficit = −balance");
        }

        return string.Join("; ", parts);
    }

    private static string Show(Interval i, Scale scale)
    {
        var m = scale.Multiplier();
        var word = scale == Scale.None ? string.Empty : " " + scale.ToName();
        if (i.Low is { } l && i.High is { } h)
        {
            var a = Num(l / m);
            var b = Num(h / m);
            return (a == b ? a : $"{a}–{b}") + word;
        }

        return i.ToString(null, CultureInfo.InvariantCulture);
    }

    private static string Num(decimal v) => DecimalText.Grouped(Math.Round(v, Math.Abs(v) >= 1m ? 2 : 3, MidpointRounding.AwayFromZero), CultureInfo.InvariantCulture);

    private static ImmutableArray<ArticleCheck> Build()
    {
        var claims = ClaimSet.Shipped;
        var reported = ReportedFigures.Shipped;
        var rows = ImmutableArray.CreateBuilder<ArticleCheck>();

        void Series(string claimId, CheckRole role, string seriesId, CheckOptions options, string note) =>
            rows.Add(new ArticleCheck(claims.Get(claimId), role, seriesId, options, Checker.Check(claims.Get(claimId), ReferenceLibrary.Shipped.Get(seriesId), options), note));

        void Reported(string claimId, CheckRole role, string referenceId, CheckOptions options, string note) =>
            rows.Add(new ArticleCheck(claims.Get(claimId), role, referenceId, options, Checker.Check(claims.Get(claimId), reported.Get(referenceId), options), note));

        void Comparison(string claimId, CheckRole role, string leftId, string rightId, CheckOptions options, string note) =>
            rows.Add(new ArticleCheck(claims.Get(claimId), role, leftId + " − " + rightId, options, Checker.CheckComparison(claims.Get(claimId), ComparisonSide.Reported(reported.Get(leftId)), ComparisonSide.Reported(reported.Get(rightId)), options), note));

        void ComparisonWithSeries(string claimId, CheckRole role, string leftId, string seriesId, Period period, CheckOptions options, string note) =>
            rows.Add(new ArticleCheck(claims.Get(claimId), role, leftId + " − " + seriesId, options, Checker.CheckComparison(claims.Get(claimId), ComparisonSide.Reported(reported.Get(leftId)), ComparisonSide.FromSeries(ReferenceLibrary.Shipped.Get(seriesId), period), options), note));

        void Uncheckable(string claimId, string reason) =>
            rows.Add(new ArticleCheck(claims.Get(claimId), CheckRole.Uncheckable, null, null, null, reason));

        var exact = CheckOptions.Default;
        var about = new CheckOptions { ReadWithImpliedPrecision = true };
        var deficit = new CheckOptions { Sign = SignConvention.DeficitAgainstBalance };

        // $127 per 1,000 m³ offered for 2020.
        Reported("gas-price-offered-2020", CheckRole.Verification, "ref-gas-price-belarus-2020", exact,
            "The price agreed for 2020 (Sochi, 7 Feb 2020), as reported by Natural Gas World.");
        Reported("gas-price-offered-2020", CheckRole.Context, "ref-gas-price-belarus-2019", exact,
            "The price Belarus paid in 2019: the offer kept it unchanged.");
        Reported("gas-price-offered-2020", CheckRole.Context, "ref-gas-price-gazprom-europe-avg-2019", exact,
            "Gazprom's average price to Europe in 2019, a different price: the offer was well below it.");

        // Spot gas in Europe under $100 per 1,000 m³.
        Series("europe-spot-gas-price-2020-02", CheckRole.Verification, "worldbank.NGAS_EUR", exact,
            "World Bank monthly average for February 2020 (a monthly mean, not the spot price on the day), at BP's 36 GJ per 1,000 m³.");
        Series("europe-spot-gas-price-2020-02", CheckRole.Sensitivity, "worldbank.NGAS_EUR", exact with { GasEnergyContent = GasEnergyContent.HeatingValueRange },
            "The same month under the net-to-gross heating-value range (34.6–38.3 MJ/m³): the verdict depends on the energy content assumed.");
        Series("europe-spot-gas-price-2020-02", CheckRole.Sensitivity, "worldbank.NGAS_EUR", exact with { ReferencePeriod = Period.Month(2020, 1) },
            "January 2020, the month before the remarks: prices were still above $100.");

        // 1.5% the US pays Russia on its reserves.
        Series("russia-reserves-rate-in-us", CheckRole.Proxy, "fred.TB3MS", about,
            "3-month US Treasury bill rate, February 2020, as a proxy for the yield on Russia's US holdings: the claim names no instrument, so agreement is not a verification.");
        Series("russia-reserves-rate-in-us", CheckRole.Proxy, "fred.TB3MS", exact,
            "The same proxy with 1.5% read exactly: 1.52 is not exactly 1.5.");

        // From 4% to 6% Belarus pays on Russian loans.
        Reported("belarus-loan-rate-from-russia", CheckRole.SingleInstance, "ref-loan-rate-npp-fixed-part-2011", exact,
            "Fixed rate on half of Russia's loan for the nuclear power plant (agreed 2011): one loan, not Belarus' Russian loans in general.");
        Reported("belarus-loan-rate-from-russia", CheckRole.SingleInstance, "ref-loan-rate-npp-average-2011", exact,
            "Average rate of the same loan expected at ratification (2011): just below 4% read exactly; one loan only.");
        Reported("belarus-loan-rate-from-russia", CheckRole.SingleInstance, "ref-loan-rate-npp-average-2011", about,
            "The same loan, with \"from 4% to 6%\" read with implied precision (3.5–6.5%).");
        Reported("belarus-loan-rate-from-russia", CheckRole.Context, "ref-loan-rate-npp-restructured-2020", exact,
            "A fixed rate proposed in 2020 to replace the mixed rate: not yet in force when the claim was made.");

        // $1 billion paid to Russia every year.
        Reported("belarus-annual-payments-to-russia", CheckRole.Verification, "ref-debt-service-belarus-to-russia-2020", exact,
            "Repayment to Russia on old debt in 2020, stated by the same speaker later in 2020: not independent.");

        // $9 billion trade deficit (and the same figure as Russia's surplus).
        Reported("belarus-trade-deficit-with-russia", CheckRole.Verification, "ref-trade-belarus-russia-goods-balance-2019", deficit,
            "2019 goods balance derived from Belstat's 2020 figures and changes at their printed precision (−8.525 to −8.207 billion); a deficit is the balance with its sign reversed.");
        Reported("belarus-trade-deficit-with-russia", CheckRole.Sensitivity, "ref-trade-belarus-russia-goods-balance-2019", deficit with { ReadWithImpliedPrecision = true },
            "The same, with \"$9 billion\" read as 8.5–9.5 billion: the derived deficit (8.207–8.525) straddles 8.5, so the data cannot decide.");
        Reported("belarus-trade-deficit-with-russia", CheckRole.Context, "ref-trade-belarus-russia-goods-balance-2012-2018", about,
            "The 2012–2018 annual average deficit (MIWI), another period; consistent only on the edge of the implied precision.");
        Reported("russia-goods-sales-surplus", CheckRole.Verification, "ref-trade-belarus-russia-goods-balance-2019", deficit,
            "Russia's surplus with Belarus is Belarus's deficit: the 2019 balance with its sign reversed.");

        // The Beltransgaz promise: its horizon, its content, and whether it was kept.
        Reported("domestic-gas-price-promise", CheckRole.Verification, "ref-domestic-price-promise-horizon-2011", exact,
            "A report at the time of the deal (Vedomosti, via Belsat, 2011) that Belarus would pay Russia's domestic price from 2013, 1.1–2.1 years after the purchase: within five years. One newspaper's sources; the contracts as published give a formula instead (yugs.ru).");
        Reported("domestic-gas-price-promise-content", CheckRole.Verification, "ref-gas-price-belarus-promise-2013", exact,
            "The content of the promise as reported at the time of the deal: a price equal to the Russian domestic market's (from 2013).");
        Reported("domestic-gas-price-promise-content", CheckRole.Context, "ref-gas-price-belarus-vs-border-regions-2016", exact,
            "Whether the promise was kept in 2016 (context): the Prime Minister of Belarus said the Russian regions bordering Belarus paid less than half the $132 Belarus was charged.");
        Comparison("domestic-gas-price-promise-content", CheckRole.Context, "ref-gas-price-belarus-2019", "ref-gas-price-russia-smolensk-2019", exact,
            "Whether the promise was kept in 2019 (context): the price Belarus paid ($127) against the gas price in Russia's Smolensk Region, which borders Belarus ($70, Euroradio).");
        Comparison("domestic-gas-price-promise-content", CheckRole.Context, "ref-gas-price-belarus-2019", "ref-gas-price-russia-domestic-avg-2019", exact,
            "Whether the promise was kept in 2019 (context): the price Belarus paid against Russia's weighted average gas price ($70, stated by Russia's President in December 2019).");

        // "Without any premium" to Hungary, Poland and the West.
        Reported("oil-premium-hungary-poland", CheckRole.Context, "ref-oil-premium-belarus-2019-2020", exact,
            "The premium Belarus paid on Russian crude (USD 10–12 per tonne), the contrast the speaker draws; it says nothing about the West.");
        Uncheckable("oil-premium-hungary-poland",
            "No public figure found for a premium (or its absence) on Russian crude sold to Hungary, Poland or other Western buyers in 2019–2020: the searches (docs/checks.md, \"Searches behind the uncheckable rows\") found only Belarus' premium (USD 10–12 and 11.7 per tonne) and Urals-to-Brent market differentials, which are price quotes, not a supplier's premium, and are not openly licensed.");

        // Oil: duty-free supply and world prices (demands).
        Reported("oil-duty-free-demand", CheckRole.Context, "ref-oil-export-duty-belarus-2019", exact,
            "A demand (context): Russian crude for Belarus was already free of export duty before 2020, with a premium paid to the oil companies instead; the tax manoeuvre, which cuts the duty, was cutting the exemption's value.");
        Reported("oil-at-global-prices-demand", CheckRole.Context, "ref-oil-price-belarus-vs-urals-2019-difference", exact,
            "A demand (context): in 2019 Belarus paid about 83% of the Urals market price, 16.5–17.5% below the world price it asks to pay.");

        // Loans.
        Uncheckable("belarus-loans-last-year-repaid",
            "No public figure found for the loans from Russia Belarus took (or had falling due) in 2019 and their repayment: TASS (27 Feb 2019) reports $600 million of 2019 payments on Russian government loans that Minsk asked Moscow to refinance, and UAWire (July 2019) that the Russian refinancing was not granted — no repaid amount. Searches: docs/checks.md, \"Searches behind the uncheckable rows\".");
        Reported("belarus-no-new-loans", CheckRole.Context, "ref-loan-request-belarus-2019", exact,
            "Context: in February 2019 Minsk applied to Moscow for a $600 million loan to refinance that year's payments — a refinancing, which the speaker may not count as a new loan; no application after mid-2019 was found.");

        // "The same terms as they offer the West" (a demand), read as the gas price.
        Comparison("same-terms-as-west", CheckRole.Context, "ref-gas-price-belarus-2020", "ref-gas-price-gazprom-europe-avg-2020", exact,
            "A demand (context): the 2020 gas price for Belarus against Gazprom's average price to Europe for 2020 (forecast of 30 Nov 2020, $128–130): 0.8–2.3% lower.");
        Comparison("same-terms-as-west", CheckRole.Context, "ref-gas-price-belarus-2020", "ref-gas-price-gazprom-europe-avg-2019", exact,
            "A demand (context): against Gazprom's 2019 average price to Europe ($203), the price Gazprom charged when the terms were set: 37% lower.");

        // The author's comparison: "a higher price than the West pays". Both readings of "what the West pays", neither preferred.
        Comparison("korybko-higher-price-than-west", CheckRole.Verification, "ref-gas-price-belarus-2020", "ref-gas-price-gazprom-europe-avg-2019", exact,
            "Reading 1 of \"what the West pays\": Gazprom's average contract price to Europe in 2019 ($203): $127 is 37% lower.");
        Comparison("korybko-higher-price-than-west", CheckRole.Verification, "ref-gas-price-belarus-2020", "ref-gas-price-gazprom-europe-avg-2020", exact,
            "Reading 1, for 2020: Gazprom's forecast average price to Europe for 2020 ($128–130, 30 Nov 2020): $127 is 0.8–2.3% lower.");
        ComparisonWithSeries("korybko-higher-price-than-west", CheckRole.Verification, "ref-gas-price-belarus-2020", "worldbank.NGAS_EUR", Period.Month(2020, 2), exact,
            "Reading 2 of \"what the West pays\": the European spot price, February 2020 (World Bank monthly mean, at BP's 36 GJ per 1,000 m³, ≈ $99): $127 is 28% higher. The two readings give opposite verdicts; the article does not say which it means.");
        ComparisonWithSeries("korybko-higher-price-than-west", CheckRole.Sensitivity, "ref-gas-price-belarus-2020", "worldbank.NGAS_EUR", Period.Month(2020, 2), exact with { GasEnergyContent = GasEnergyContent.HeatingValueRange },
            "Reading 2 under the net-to-gross heating-value range (34.6–38.3 MJ/m³): still higher (20–33%).");

        // The author's "much more cheaply from Russia" / "forking out a premium" (oil).
        Reported("korybko-alternatives-cost-more", CheckRole.Verification, "ref-oil-alternatives-dearer-2020", exact,
            "Rzeczpospolita (2020): the oil Belarus imported from Norway and Azerbaijan in early 2020 was dearer than the Russian. 'Much' is not checked: no price of those cargoes was found.");
        Reported("korybko-premium-for-alternatives", CheckRole.Verification, "ref-oil-alternatives-dearer-2020", exact,
            "The same report: non-Russian oil cost Belarus more than Russian oil, a premium above 0.");

        // Every shipped claim appears; any claim added later without a check is listed as uncheckable.
        var covered = rows.Select(r => r.Claim.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var c in claims.Where(c => !covered.Contains(c.Id)))
        {
            rows.Add(new ArticleCheck(c, CheckRole.Uncheckable, null, null, null, "No check has been defined for this claim yet."));
        }

        var order = claims.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return [.. rows.Select((r, i) => (r, i)).OrderBy(x => order[x.r.Claim.Id]).ThenBy(x => x.i).Select(x => x.r)];
    }
}
