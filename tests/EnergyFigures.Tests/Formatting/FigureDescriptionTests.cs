using System.Globalization;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Data;
using EnergyFigures.Reference;
using Interval = EnergyFigures.Numerics.Interval;

namespace EnergyFigures.Tests.Formatting;

/// <summary>
/// <c>Figure.ToString("D")</c> writes its numbers straight into one string; the text must be what the plain definition
/// below (a string per piece, the custom number format) gives, for every bound, scale word and unit, in any culture.
/// </summary>
public class FigureDescriptionTests
{
    public static TheoryData<string> Cultures => new() { "", "de-DE", "fr-FR", "ar-SA" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_description_is_the_definitions_for_every_kind_of_figure(string culture)
    {
        var provider = culture.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
        var generated = ClaimsCsv.Validate(new MemoryStream(EnergyFigures.Benchmarks.ClaimsFileGenerator.GenerateBytes(3000)), "generated.csv").ThrowIfInvalid();
        var figures = ClaimSet.Shipped.Concat(ReportedFigures.Shipped).Concat(generated).Select(c => c.Figure).ToList();
        Assert.Equal(Enum.GetValues<BoundKind>().Length, figures.Select(f => f.Bound).Distinct().Count());
        Assert.Contains(figures, f => f.Scale != Scale.None && f.Bound is BoundKind.Approximately or BoundKind.PlusMinus);
        foreach (var f in figures)
        {
            Assert.Equal(Definition(f, provider), f.ToString("D", provider));
        }
    }

    /// <summary>The description as it was first written: a string per number, the custom format "#,0.0…".</summary>
    private static string Definition(Figure f, IFormatProvider provider)
    {
        string N(decimal? d)
        {
            if (d is null)
            {
                return "?";
            }

            var normalized = d.Value / 1.000000000000000000000000000000000m;
            int scale = normalized.Scale;
            return normalized.ToString("#,0" + (scale > 0 ? "." + new string('0', scale) : string.Empty), provider);
        }

        var i = f.Interval;
        bool one = f.Bound == BoundKind.Exact && i.IsPoint && i.Low == 1m;
        var unit = f.Unit.ToString("N", provider);
        if (!one && unit is "year" or "month" or "week" or "day" or "hour" or "minute" or "second" or "tonne" or "barrel" or "ton")
        {
            unit += "s";
        }

        string range = $"{N(i.Low)} to {N(i.High)}";
        string Scaled(decimal d)
        {
            var scaled = Interval.Point(d).Scale(f.Scale.Multiplier());
            return scaled.IsPoint ? N(scaled.Low) : scaled.ToString(null, provider);
        }

        var what = f.Bound switch
        {
            BoundKind.Exact => N(i.Low),
            BoundKind.Under => $"less than {N(i.High)}",
            BoundKind.AtMost => $"at most {N(i.High)}",
            BoundKind.Over => $"more than {N(i.Low)}",
            BoundKind.AtLeast => $"at least {N(i.Low)}",
            BoundKind.Range => range,
            BoundKind.Approximately => $"about {Scaled(f.Value)} ({range})",
            BoundKind.PlusMinus => $"{Scaled(f.Value)} ± {Scaled(f.Tolerance!.Value)} ({range})",
            _ => i.ToString(null, provider),
        };
        return $"{what} {unit}";
    }
}
