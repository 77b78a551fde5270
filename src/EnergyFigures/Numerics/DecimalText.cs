using System.Globalization;

namespace EnergyFigures.Numerics;

/// <summary>Formatting of exact decimals for people, never losing digits.</summary>
public static class DecimalText
{
    /// <summary>
    /// The number with thousands grouped and every significant digit kept (<c>9,000,000,000</c>, <c>1.5</c>,
    /// <c>0.0000001</c>), with the invariant culture unless another is given.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="provider">The culture; null means invariant.</param>
    /// <returns>The text.</returns>
    public static string Grouped(decimal value, IFormatProvider? provider = null)
    {
        provider ??= CultureInfo.InvariantCulture;
        var normalized = DecimalMath.Normalize(value);
        int scale = normalized.Scale;
        return normalized.ToString("#,0" + (scale > 0 ? "." + new string('0', scale) : string.Empty), provider);
    }
}
