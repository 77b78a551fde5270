using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Numerics;
using EnergyFigures.Tests.Support;
using EnergyFigures.Units;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Model;

/// <summary>Results are identical whatever the current culture.</summary>
[Collection("Culture")]
public class CultureTests
{
    private static string Snapshot()
    {
        var csv = ClaimsCsv.WriteToString(ClaimSet.Shipped);
        var reread = ClaimsCsv.ValidateText(csv, "x.csv").ThrowIfInvalid();
        var lines = reread.Select(c => $"{c.Id}|{c.Figure}|{c.Figure.ImpliedPrecisionInterval()}|{c.Period}|{c.Figure.Unit.ToString("N", null)}");
        var arithmetic = (Interval.Parse("[1.5, 2.25]") * Interval.Parse("(−∞, 100)")).ToString() + Unit.Parse("USD/1000 m3") + Period.Parse("2020-Q1").End.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        return csv + string.Join("\n", lines) + arithmetic;
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void Output_and_parsing_do_not_depend_on_the_culture(string culture)
    {
        string invariant;
        using (new CultureScope("en-US"))
        {
            invariant = Snapshot();
        }

        using (new CultureScope(culture))
        {
            Assert.Equal(invariant, Snapshot());
            Assert.Equal(1.5m, ClaimSet.Shipped["russia-reserves-rate-in-us"].Figure.Value);
            Assert.Equal("[4, 6]", ClaimSet.Shipped["belarus-loan-rate-from-russia"].Figure.Interval.ToString());
        }
    }
}
