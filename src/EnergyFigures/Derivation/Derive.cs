using EnergyFigures.Claims;
using EnergyFigures.Units;
using EnergyFigures.Data;

namespace EnergyFigures.Derivation;

/// <summary>Starting points of derivations: a claim, a sourced assumption, or a quantity the user gives.</summary>
public static class Derive
{
    /// <summary>A claim's stated figure as an input, e.g. <c>Derive.From(ClaimSet.Shipped["gas-price-offered-2020"])</c>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="label">A name for explanations (e.g. <c>European spot prices</c>); null to use the stated figure alone.</param>
    /// <returns>The leaf.</returns>
    public static DerivedFigure From(Claim claim, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return DerivedFigure.FromClaim(claim, label);
    }

    /// <summary>A sourced assumption's value as an input (e.g. an energy content used in a product).</summary>
    /// <param name="assumption">The assumption.</param>
    /// <returns>The leaf.</returns>
    public static DerivedFigure From(Assumption assumption)
    {
        ArgumentNullException.ThrowIfNull(assumption);
        return DerivedFigure.FromAssumption(assumption);
    }

    /// <summary>A quantity the user supplies (e.g. a volume of 20 bcm a year for a what-if).</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="label">A name for explanations (e.g. <c>a volume of</c>); null to print the amount alone.</param>
    /// <returns>The leaf.</returns>
    public static DerivedFigure Given(Quantity quantity, string? label = null) => DerivedFigure.FromGiven(quantity, label);

    /// <summary>A quantity of exactly <paramref name="value"/> in the unit written as text.</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit, e.g. <c>bcm/year</c>.</param>
    /// <param name="label">A name for explanations, or null.</param>
    /// <returns>The leaf.</returns>
    public static DerivedFigure Given(decimal value, string unit, string? label = null) => Given(Quantity.Exactly(value, Unit.Parse(unit)), label);
}
