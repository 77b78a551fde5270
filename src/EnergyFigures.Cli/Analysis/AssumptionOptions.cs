using System.CommandLine;
using System.Text.RegularExpressions;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Reference;
using EnergyFigures.Errors;

namespace EnergyFigures.Cli.Analysis;

/// <summary>
/// The assumption options of <c>check</c>, <c>compare</c>, <c>chart</c>, <c>series show</c> and <c>report</c>:
/// <c>--fx ecb</c> with <c>--fx-date</c>, <c>--energy-content</c>, <c>--density</c>, and (for checks)
/// <c>--sign</c>, <c>--aggregate</c>, <c>--implied-precision</c>, <c>--period</c>. Values use the vocabulary of
/// checks files (<see cref="AssumptionNames"/>).
/// </summary>
internal sealed partial class AssumptionOptions
{
    public Option<string?> Fx { get; } = new("--fx")
    {
        Description = "Convert currencies with exchange rates from this source: ecb (the shipped ECB euro reference rates). The date rule is --fx-date.",
        HelpName = "ecb",
    };

    public Option<string?> FxDate { get; } = new("--fx-date")
    {
        Description = "With --fx: which rate converts each value: monthly-mean (default: the mean of each value's own month), observation-date (the rate on each value's own date) or claim-date (the rate on the day the claim was said).",
        HelpName = "monthly-mean|observation-date|claim-date",
    };

    public Option<string?> EnergyContent { get; } = new("--energy-content")
    {
        Description = "The energy content where energy meets volume or mass: bp (BP's 36 GJ per 1,000 m³ of gas, the default for gas), heating-value-range (34.6–38.3 GJ per 1,000 m³ of gas), eia (EIA's 5.8 MMBtu per barrel of crude oil), a shipped factor id, or a value with its unit, e.g. '38 GJ/1000 m3' or '5.8 MMBtu/bbl{crude}'.",
        HelpName = "bp|heating-value-range|eia|VALUE UNIT",
    };

    public Option<string?> Density { get; } = new("--density")
    {
        Description = "The density where volume meets mass (oil per barrel vs per tonne): bp (BP's 7.33 barrels per tonne of average crude oil), a shipped factor id, or a value with its unit, e.g. '7.33 bbl{crude}/t{crude}'.",
        HelpName = "bp|VALUE UNIT",
    };

    public Option<string?> Sign { get; } = new("--sign")
    {
        Description = "How the reference's sign relates to the claim's: same (default) or deficit-against-balance (the claim states a deficit as a positive amount, the reference is a balance).",
        HelpName = "same|deficit-against-balance",
    };

    public Option<string?> Aggregate { get; } = new("--aggregate")
    {
        Description = "How several reference periods combine: range (default: every value must agree) or mean.",
        HelpName = "range|mean",
    };

    public Option<bool> ImpliedPrecision { get; } = new("--implied-precision")
    {
        Description = "Read the claim with the implied precision of its printed digits (1.5% as 1.45–1.55%) instead of exactly as stated.",
    };

    public Option<string?> Period { get; } = new("--period")
    {
        Description = "The reference period to use (e.g. 2020-01 or 2021-01/2022-12) instead of the claim's.",
        HelpName = "PERIOD",
    };

    /// <summary>Adds the conversion options (fx, energy content, density) to a command.</summary>
    public void AddConversion(Command command)
    {
        command.Add(Fx);
        command.Add(FxDate);
        command.Add(EnergyContent);
        command.Add(Density);
    }

    /// <summary>Adds every option (conversion, then sign, aggregation, reading, period) to a command.</summary>
    public void AddAll(Command command)
    {
        AddConversion(command);
        command.Add(Sign);
        command.Add(Aggregate);
        command.Add(ImpliedPrecision);
        command.Add(Period);
    }

    /// <summary>Whether any option of a check (beyond the conversion options) was given.</summary>
    public bool AnyCheckOption(ParseResult pr) =>
        pr.GetValue(Sign) is not null || pr.GetValue(Aggregate) is not null || pr.GetValue(ImpliedPrecision) || pr.GetValue(Period) is not null;

    /// <summary>Whether any option was given.</summary>
    public bool Any(ParseResult pr) => AnyConversion(pr) || AnyCheckOption(pr);

    /// <summary>Whether a conversion option was given.</summary>
    public bool AnyConversion(ParseResult pr) =>
        pr.GetValue(Fx) is not null || pr.GetValue(FxDate) is not null || pr.GetValue(EnergyContent) is not null || pr.GetValue(Density) is not null;

    /// <summary>The exchange-rate rule given; null when no <c>--fx</c>.</summary>
    /// <exception cref="CliException">A value is not known (a usage error).</exception>
    public ExchangeRateRule? Rule(ParseResult pr)
    {
        var fx = pr.GetValue(Fx);
        var date = pr.GetValue(FxDate);
        if (fx is null)
        {
            return date is null ? null : throw Usage("--fx-date applies with --fx ecb.");
        }

        if (fx.Trim() != "ecb")
        {
            throw Usage($"--fx '{fx}' is not an exchange-rate source; expected ecb (the shipped ECB euro reference rates).");
        }

        if (date is null)
        {
            return ExchangeRateRule.Ecb();
        }

        return ExchangeRateRule.TryParseDate(date, out var d)
            ? ExchangeRateRule.Ecb(d)
            : throw Usage($"--fx-date '{date}' is not a date rule; expected monthly-mean, observation-date or claim-date.");
    }

    /// <summary>The energy content given; null when none.</summary>
    public Assumption? Energy(ParseResult pr) =>
        pr.GetValue(EnergyContent) is { } t
            ? AssumptionNames.TryParseEnergyContent(t, out var a, out var why) ? a : throw Usage("--energy-content: " + why)
            : null;

    /// <summary>The density given; null when none.</summary>
    public Assumption? DensityOf(ParseResult pr) =>
        pr.GetValue(Density) is { } t
            ? AssumptionNames.TryParseDensity(t, out var a, out var why) ? a : throw Usage("--density: " + why)
            : null;

    /// <summary>The check options the command line states, over <paramref name="start"/> (a declared check's own, or the defaults).</summary>
    public CheckOptions CheckOptions(ParseResult pr, CheckOptions? start = null)
    {
        var o = start ?? new CheckOptions();
        if (Rule(pr) is { } rule)
        {
            o = o with { ExchangeRates = rule };
        }

        if (Energy(pr) is { } e)
        {
            o = o with { GasEnergyContent = e };
        }

        if (DensityOf(pr) is { } d)
        {
            o = o with { Assumptions = [.. o.Assumptions, d] };
        }

        if (pr.GetValue(Sign) is { } s)
        {
            o = o with { Sign = AssumptionNames.TryParseSign(s, out var sign) ? sign : throw Usage($"--sign '{s}' is not a sign convention; expected same or deficit-against-balance.") };
        }

        if (pr.GetValue(Aggregate) is { } g)
        {
            o = o with { Aggregation = AssumptionNames.TryParseAggregation(g, out var agg) ? agg : throw Usage($"--aggregate '{g}' is not an aggregation; expected range or mean.") };
        }

        if (pr.GetValue(ImpliedPrecision))
        {
            o = o with { ReadWithImpliedPrecision = true };
        }

        if (pr.GetValue(Period) is { } p)
        {
            o = o with { ReferencePeriod = EnergyFigures.Period.TryParse(p, out var period) ? period : throw Usage($"--period '{p}' is not a period; expected YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or START/END (e.g. 2021-01/2022-12).") };
        }

        return o;
    }

    /// <summary>
    /// The assumptions that convert <paramref name="from"/> (a value of <paramref name="period"/>, of claim
    /// <paramref name="claim"/>) to <paramref name="to"/>: the exchange rates of the rule for that value, the energy content, the density.
    /// </summary>
    public IReadOnlyList<Assumption> ConversionFor(ParseResult pr, Period period, Claim? claim, Units.Unit from, Units.Unit to)
    {
        var list = new List<Assumption>();
        if (Rule(pr) is { } rule)
        {
            list.AddRange(rule.RatesFor(period, claim, from, to));
        }

        if (Energy(pr) is { } e)
        {
            list.Add(e);
            if (e.Value.Unit.Commodity != Units.Commodity.NaturalGas && (from.Commodity == Units.Commodity.NaturalGas || to.Commodity == Units.Commodity.NaturalGas))
            {
                // An energy content of oil (e.g. eia) puts oil on an energy basis; the gas side takes BP's, the
                // option's stated default for gas (as the checks do), and the explanation cites it.
                list.Add(GasEnergyContent.Bp);
            }
        }

        if (DensityOf(pr) is { } d)
        {
            list.Add(d);
        }

        return list;
    }

    /// <summary>The assumptions the command line states, by name, for the output (e.g. <c>--fx ecb --fx-date monthly-mean</c>).</summary>
    public IReadOnlyList<string> Cited(ParseResult pr)
    {
        var list = new List<string>();
        if (Rule(pr) is { } rule)
        {
            list.Add($"--fx {rule.Source} --fx-date {rule.DateName()}: {rule.Describe()}");
        }

        if (Energy(pr) is { } e)
        {
            list.Add($"--energy-content {pr.GetValue(EnergyContent)}: {e}");
        }

        if (DensityOf(pr) is { } d)
        {
            list.Add($"--density {pr.GetValue(Density)}: {d}");
        }

        if (pr.GetValue(Sign) is { } s)
        {
            list.Add("--sign " + s);
        }

        if (pr.GetValue(Aggregate) is { } g)
        {
            list.Add("--aggregate " + g);
        }

        if (pr.GetValue(ImpliedPrecision))
        {
            list.Add("--implied-precision");
        }

        if (pr.GetValue(Period) is { } p)
        {
            list.Add("--period " + p);
        }

        return list;
    }

    /// <summary>
    /// A library message for the command line: an <c>EF3002</c> (a missing assumption) or an <c>EF3101</c> (two
    /// commodities with no energy equivalence given) names the option that supplies what is missing
    /// (<c>--fx ecb</c>, <c>--energy-content</c>, <c>--density</c>), and the library calls it mentions are left out.
    /// </summary>
    public static string ForCommandLine(string code, string message)
    {
        if (code != ErrorCodes.MissingAssumption && code != ErrorCodes.CommodityMismatch)
        {
            return message;
        }

        var m = LibraryCall().Replace(message, string.Empty);
        var options = new List<string>();
        if (m.Contains("exchange rate", StringComparison.OrdinalIgnoreCase))
        {
            options.Add("--fx ecb (the shipped ECB rates; --fx-date monthly-mean, observation-date or claim-date)");
        }

        if (m.Contains("energy content", StringComparison.OrdinalIgnoreCase))
        {
            options.Add("--energy-content bp|heating-value-range|eia|VALUE UNIT");
        }

        if (m.Contains("density", StringComparison.OrdinalIgnoreCase))
        {
            options.Add("--density bp|VALUE UNIT (bp: BP's 7.33 barrels per tonne of average crude oil)");
        }

        return options.Count == 0 ? m : m.TrimEnd('.') + ". Give it on the command line with " + string.Join(" and ", options) + ".";
    }

    private static CliException Usage(string message) => new(ExitCodes.Usage, message);

    [GeneratedRegex(@"\s*\([^()]*\b[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+[^()]*\)")]
    private static partial Regex LibraryCall();
}
