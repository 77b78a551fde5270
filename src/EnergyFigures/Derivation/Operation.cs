namespace EnergyFigures.Derivation;

/// <summary>How a <see cref="DerivedFigure"/> was obtained.</summary>
public enum Operation
{
    /// <summary>A claim's stated figure (a leaf).</summary>
    Claim,
    /// <summary>A sourced assumption's value (a leaf).</summary>
    Assumption,
    /// <summary>A quantity given by the user, e.g. a volume for a what-if (a leaf).</summary>
    Given,
    /// <summary>The sum of two inputs.</summary>
    Add,
    /// <summary>The first input minus the second.</summary>
    Subtract,
    /// <summary>The product of two inputs.</summary>
    Multiply,
    /// <summary>The first input divided by the second.</summary>
    Divide,
    /// <summary>The input negated.</summary>
    Negate,
    /// <summary>The input converted to another unit, possibly through assumptions.</summary>
    Convert,
    /// <summary>Comparison: the first input minus the second, in the first's unit.</summary>
    Difference,
    /// <summary>Comparison: the first input divided by the second (a plain ratio).</summary>
    Ratio,
    /// <summary>Comparison: the relative premium (positive) or discount (negative) of the first input over the second, in percent.</summary>
    Premium,
    /// <summary>Comparison: the difference of two rates in percent, in percentage points.</summary>
    Spread,
    /// <summary>Comparison: whether the first input is greater than the second (see <see cref="DerivedFigure.Ordering"/>); the quantity is the difference.</summary>
    Order,
}

/// <summary>Whether one stated figure is greater than another, given that each is only known to lie in its interval.</summary>
public enum Ordering
{
    /// <summary>Every value the first may take is greater than every value the second may take.</summary>
    CertainlyGreater,
    /// <summary>The first may or may not be greater: the intervals allow both.</summary>
    PossiblyGreater,
    /// <summary>The first is never greater than the second (it is at most equal).</summary>
    CertainlyNotGreater,
}
