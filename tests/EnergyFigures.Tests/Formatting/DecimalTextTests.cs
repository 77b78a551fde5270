using System.Globalization;
using EnergyFigures.Numerics;

namespace EnergyFigures.Tests.Formatting;

/// <summary><see cref="DecimalText.Grouped"/>: in the invariant culture it writes the groups itself; the text must be the custom format's.</summary>
public class DecimalTextTests
{
    private static readonly decimal[] Edges =
    [
        0m, -0m, new decimal(0, 0, 0, true, 5), 0.000m, 1m, -1m, 999m, 1000m, -1000m, 12345.678m, -999999.5m, 1000000m,
        0.0000001m, -0.0000000000000000000000000001m, 1.50m, 9000000000m, 79228162514264337593543950335m, decimal.MinValue,
        7.9228162514264337593543950335m, 123456789012345678901234567.8m, 100000000000000000000000000m,
    ];

    [Fact]
    public void Edge_values_give_the_custom_formats_text()
    {
        foreach (var value in Edges)
        {
            Assert.Equal(CustomFormat(value), DecimalText.Grouped(value));
        }
    }

    [Fact]
    public void Random_decimals_of_every_scale_give_the_custom_formats_text()
    {
        var random = new Random(20200206);
        for (int i = 0; i < 20_000; i++)
        {
            var d = new decimal(random.Next(), random.Next(), random.Next(0, i % 4 == 0 ? int.MaxValue : 1000), random.Next(2) == 0, (byte)random.Next(0, 29));
            Assert.Equal(CustomFormat(d), DecimalText.Grouped(d, CultureInfo.InvariantCulture));
            Assert.Equal(CustomFormat(d), DecimalText.Grouped(d, NumberFormatInfo.InvariantInfo));
        }
    }

    [Fact]
    public void Another_culture_still_gets_its_own_separators() =>
        Assert.Equal("1.234.567,5", DecimalText.Grouped(1234567.50m, CultureInfo.GetCultureInfo("de-DE")));

    /// <summary>The definition: the normalized value with <c>#,0.0…</c>, one 0 per decimal.</summary>
    private static string CustomFormat(decimal value)
    {
        var normalized = value / 1.000000000000000000000000000000000m;
        int scale = normalized.Scale;
        return normalized.ToString("#,0" + (scale > 0 ? "." + new string('0', scale) : string.Empty), CultureInfo.InvariantCulture);
    }
}
