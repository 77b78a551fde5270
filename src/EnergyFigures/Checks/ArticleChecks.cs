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
            s.Append(CultureInfo.InvariantCulture, $"| `{row.Claim.Id}` | {Cell(row.Claim.Figure.Text)} | {(row.ReferenceId is null ? "—" : "`" + row.ReferenceId + "`")} | {Cell(reading)} | {Cell(value)} | {(row.Verdict?.ToString() ?? "uncheckable")} | {margin} | {row.Role} | {Cell(row.Note)} |\n");
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
        Series("russia-reserves-rate-in-us", CheckRole.Verification, "fred.TB3MS", about,
            "3-month US Treasury bill rate, February 2020, as a proxy for the yield on Russia's US holdings (a proxy: the claim names no instrument).");
        Series("russia-reserves-rate-in-us", CheckRole.Sensitivity, "fred.TB3MS", exact,
            "The same rate with 1.5% read exactly: 1.52 is not exactly 1.5.");

        // From 4% to 6% Belarus pays on Russian loans.
        Reported("belarus-loan-rate-from-russia", CheckRole.Verification, "ref-loan-rate-npp-fixed-part-2011", exact,
            "Fixed rate on half of Russia's loan for the nuclear power plant (agreed 2011).");
        Reported("belarus-loan-rate-from-russia", CheckRole.Verification, "ref-loan-rate-npp-average-2011", exact,
            "Average rate of the same loan expected at ratification (2011): just below 4% read exactly.");
        Reported("belarus-loan-rate-from-russia", CheckRole.Sensitivity, "ref-loan-rate-npp-average-2011", about,
            "The same, with \"from 4% to 6%\" read with implied precision (3.5–6.5%).");
        Reported("belarus-loan-rate-from-russia", CheckRole.Context, "ref-loan-rate-npp-restructured-2020", exact,
            "A fixed rate proposed in 2020 to replace the mixed rate: not yet in force when the claim was made.");

        // $1 billion paid to Russia every year.
        Reported("belarus-annual-payments-to-russia", CheckRole.Verification, "ref-debt-service-belarus-to-russia-2020", exact,
            "Repayment to Russia on old debt in 2020, stated by the same speaker later in 2020: not independent.");

        // $9 billion trade deficit (and the same figure as Russia's surplus).
        Reported("belarus-trade-deficit-with-russia", CheckRole.Verification, "ref-trade-belarus-russia-goods-balance-2019", deficit,
            "2019 goods balance implied by Belstat's 2020 figures and changes (about −8.36 billion); a deficit is the balance with its sign reversed.");
        Reported("belarus-trade-deficit-with-russia", CheckRole.Sensitivity, "ref-trade-belarus-russia-goods-balance-2019", deficit with { ReadWithImpliedPrecision = true },
            "The same, with \"$9 billion\" read as 8.5–9.5 billion: still outside.");
        Reported("belarus-trade-deficit-with-russia", CheckRole.Context, "ref-trade-belarus-russia-goods-balance-2012-2018", about,
            "The 2012–2018 annual average deficit (MIWI), another period; consistent only on the edge of the implied precision.");
        Reported("russia-goods-sales-surplus", CheckRole.Verification, "ref-trade-belarus-russia-goods-balance-2019", deficit,
            "Russia's surplus with Belarus is Belarus's deficit: the 2019 balance with its sign reversed.");

        Uncheckable("domestic-gas-price-promise",
            "A promise (Russia's domestic gas prices within five years of the Beltransgaz purchase); the shipped data hold no record of what was promised, only reported prices.");
        Uncheckable("oil-premium-hungary-poland",
            "No shipped data on premiums charged to Hungary, Poland or other Western buyers; the reported premiums concern Belarus only.");

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
