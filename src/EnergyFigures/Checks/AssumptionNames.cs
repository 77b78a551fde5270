using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EnergyFigures.Units;
using EnergyFigures.Reference;

namespace EnergyFigures.Checks;

/// <summary>
/// The names by which a checks file (<c>data/checks.csv</c>) and the command line state a check's
/// assumptions: an energy content (<c>bp</c>, <c>heating-value-range</c>, a shipped factor id, or
/// <c>VALUE UNIT</c>), a density (a shipped factor id or <c>VALUE UNIT</c>), a sign convention
/// (<c>same</c>, <c>deficit-against-balance</c>), an aggregation (<c>range</c>, <c>mean</c>) and a reading
/// (<c>as-stated</c>, <c>implied-precision</c>). One vocabulary for both, documented in <c>data/README.md</c>.
/// </summary>
public static class AssumptionNames
{
    private static readonly Unit EnergyPerVolume = Unit.Parse("GJ/1000 m3");
    private static readonly Unit EnergyPerMass = Unit.Parse("GJ/t");
    private static readonly Unit EnergyPerBarrel = Unit.Parse("GJ/bbl");
    private static readonly Unit VolumePerMass = Unit.Parse("bbl/t");
    private static readonly Unit MassPerVolume = Unit.Parse("t/bbl");

    /// <summary>The citation of a value the user states (on the command line or in a checks file), not shipped data.</summary>
    public static Citation UserStated { get; } = new("the user", "value stated as an assumption (not from the shipped reference data)");

    /// <summary>
    /// Reads an energy content: <c>bp</c> (BP's 36 GJ per 1,000 m³ of gas), <c>heating-value-range</c> (34.6–38.3 GJ per
    /// 1,000 m³ of gas), <c>eia</c> (EIA's 5.8 MMBtu per barrel of crude oil), the id of a shipped conversion factor (e.g. <c>bp.gas.mmbtu_per_1000m3</c>), or a value and a
    /// unit of energy per volume or per mass (e.g. <c>38 GJ/1000 m3</c>, <c>5.8 MMBtu/bbl</c>).
    /// </summary>
    /// <param name="text">The name or value.</param>
    /// <param name="assumption">The assumption, when the text is valid.</param>
    /// <param name="error">What was expected, when it is not.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParseEnergyContent(string? text, [NotNullWhen(true)] out Assumption? assumption, [NotNullWhen(false)] out string? error)
    {
        const string Expected = "expected bp (gas), heating-value-range (gas), eia (crude oil, 5.8 MMBtu per barrel), the id of a shipped conversion factor (e.g. bp.gas.mmbtu_per_1000m3), or a positive value with a unit of energy per volume or mass (e.g. '38 GJ/1000 m3', '5.8 MMBtu/bbl{crude}')";
        var t = (text ?? string.Empty).Trim();
        switch (t)
        {
            case "bp":
                assumption = GasEnergyContent.Bp;
                error = null;
                return true;
            case "heating-value-range":
                assumption = GasEnergyContent.HeatingValueRange;
                error = null;
                return true;
            case "eia":
                assumption = OilEnergyContent.EiaPerBarrel;
                error = null;
                return true;
        }

        return TryFactorOrValue(t, "energy content", [EnergyPerVolume, EnergyPerBarrel, EnergyPerMass], Expected, out assumption, out error);
    }

    /// <summary>
    /// Reads a density: <c>bp</c> (BP's 7.33 barrels per tonne of average crude oil), the id of a shipped
    /// conversion factor, or a value and a unit of volume per mass or mass per volume, with the commodity where
    /// the units state one (e.g. <c>7.33 bbl{crude}/t{crude}</c>).
    /// </summary>
    /// <param name="text">The name or value.</param>
    /// <param name="assumption">The assumption, when the text is valid.</param>
    /// <param name="error">What was expected, when it is not.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParseDensity(string? text, [NotNullWhen(true)] out Assumption? assumption, [NotNullWhen(false)] out string? error)
    {
        const string Expected = "expected bp (BP's 7.33 barrels per tonne of average crude oil), the id of a shipped conversion factor, or a positive value with a unit of volume per mass (e.g. '7.33 bbl{crude}/t{crude}')";
        var t = (text ?? string.Empty).Trim();
        if (t == "bp")
        {
            assumption = OilDensity.BpAverageCrude;
            error = null;
            return true;
        }

        return TryFactorOrValue(t, "density", [VolumePerMass, MassPerVolume], Expected, out assumption, out error);
    }

    /// <summary>Reads a sign convention: <c>same</c> or <c>deficit-against-balance</c>.</summary>
    /// <param name="text">The name.</param>
    /// <param name="sign">The convention, when known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseSign(string? text, out SignConvention sign)
    {
        switch (text?.Trim())
        {
            case "same":
                sign = SignConvention.Same;
                return true;
            case "deficit-against-balance":
                sign = SignConvention.DeficitAgainstBalance;
                return true;
            default:
                sign = default;
                return false;
        }
    }

    /// <summary>Reads an aggregation: <c>range</c> or <c>mean</c>.</summary>
    /// <param name="text">The name.</param>
    /// <param name="aggregation">The aggregation, when known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseAggregation(string? text, out ReferenceAggregation aggregation)
    {
        switch (text?.Trim())
        {
            case "range":
                aggregation = ReferenceAggregation.Range;
                return true;
            case "mean":
                aggregation = ReferenceAggregation.Mean;
                return true;
            default:
                aggregation = default;
                return false;
        }
    }

    /// <summary>The name of a sign convention (<c>same</c>, <c>deficit-against-balance</c>).</summary>
    /// <param name="sign">The convention.</param>
    /// <returns>The name.</returns>
    public static string Name(SignConvention sign) => sign == SignConvention.DeficitAgainstBalance ? "deficit-against-balance" : "same";

    /// <summary>The name of an aggregation (<c>range</c>, <c>mean</c>).</summary>
    /// <param name="aggregation">The aggregation.</param>
    /// <returns>The name.</returns>
    public static string Name(ReferenceAggregation aggregation) => aggregation == ReferenceAggregation.Mean ? "mean" : "range";

    /// <summary>The name of a role (<c>verification</c>, <c>sensitivity</c>, <c>context</c>, <c>proxy</c>, <c>single-instance</c>, <c>uncheckable</c>).</summary>
    /// <param name="role">The role.</param>
    /// <returns>The name.</returns>
    public static string Name(CheckRole role) => role switch
    {
        CheckRole.Verification => "verification",
        CheckRole.Sensitivity => "sensitivity",
        CheckRole.Context => "context",
        CheckRole.Proxy => "proxy",
        CheckRole.SingleInstance => "single-instance",
        _ => "uncheckable",
    };

    /// <summary>Reads a role's name (see <see cref="Name(CheckRole)"/>).</summary>
    /// <param name="text">The name.</param>
    /// <param name="role">The role, when known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseRole(string? text, out CheckRole role)
    {
        foreach (var r in Enum.GetValues<CheckRole>())
        {
            if (Name(r) == text?.Trim())
            {
                role = r;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>
    /// The assumptions a check's options state, by name, for people: e.g. <c>reading implied-precision</c>,
    /// <c>reference period 2020-01</c>, <c>fx ecb (monthly-mean)</c>, <c>energy content bp.gas.energy_per_1000m3</c>,
    /// <c>sign deficit-against-balance</c>, <c>aggregation mean</c>. Defaults left unstated are not listed.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> Describe(CheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var list = new List<string> { "reading " + (options.ReadWithImpliedPrecision ? "implied-precision" : "as-stated") };
        if (options.ReferencePeriod is { } p && !p.IsDefault)
        {
            list.Add("reference period " + p);
        }

        if (options.ExchangeRates is { } fx)
        {
            list.Add($"fx {fx.Source} ({fx.DateName()})");
        }

        if (options.GasEnergyContent is { } e)
        {
            list.Add("energy content " + e.Id);
        }

        foreach (var a in options.Assumptions)
        {
            list.Add("assumption " + a.Id);
        }

        if (options.Sign != SignConvention.Same)
        {
            list.Add("sign " + Name(options.Sign));
        }

        if (options.Aggregation != ReferenceAggregation.Range)
        {
            list.Add("aggregation " + Name(options.Aggregation));
        }

        return list;
    }

    /// <summary>Whether two units measure the same kinds of thing (energy per volume, volume per mass …), whatever the commodity.</summary>
    private static bool SameKinds(Unit a, Unit b) => Kinds(a).SequenceEqual(Kinds(b));

    private static IEnumerable<(DimensionKind Kind, int Power)> Kinds(Unit u) =>
        u.Dimensions.GroupBy(kv => kv.Key.Kind).Select(g => (g.Key, g.Sum(kv => kv.Value))).Where(x => x.Item2 != 0).OrderBy(x => x.Key);

    private static bool TryFactorOrValue(string t, string what, Unit[] dims, string expected, [NotNullWhen(true)] out Assumption? assumption, [NotNullWhen(false)] out string? error)
    {
        assumption = null;
        if (t.Length == 0)
        {
            error = $"The {what} is empty; {expected}.";
            return false;
        }

        if (ConversionFactors.All.FirstOrDefault(f => f.Id == t) is { } factor)
        {
            if (!dims.Any(d => SameKinds(factor.Value.Unit, d)))
            {
                error = $"The shipped factor '{t}' is in {factor.Value.Unit}, not a {what}; {expected}.";
                return false;
            }

            assumption = factor;
            error = null;
            return true;
        }

        int space = t.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0
            || !decimal.TryParse(t[..space], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value <= 0m)
        {
            error = $"'{t}' is not a known {what}; {expected}.";
            return false;
        }

        if (!Unit.TryParse(t[(space + 1)..].Trim(), out var unit, out var unitError))
        {
            error = $"'{t}' has an unknown unit ({unitError!.Message}); {expected}.";
            return false;
        }

        if (unit is null || !dims.Any(d => SameKinds(unit, d)))
        {
            error = $"'{t}' is in {unit}, which is not a unit of {what}; {expected}.";
            return false;
        }

        var shown = string.Create(CultureInfo.InvariantCulture, $"{value} {unit}");
        assumption = new Assumption("user." + what.Replace(' ', '_') + "." + shown.Replace(' ', '_'), $"{what} stated as an assumption", Quantity.Exactly(value, unit), UserStated);
        error = null;
        return true;
    }
}
