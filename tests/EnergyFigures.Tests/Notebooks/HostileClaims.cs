using EnergyFigures.Claims;
using EnergyFigures.Units;

namespace EnergyFigures.Tests.Notebooks;

/// <summary>Claims whose texts hold HTML, to show that every formatter escapes them.</summary>
internal static class HostileClaims
{
    public const string Script = "<script>alert('x')</script>";

    public static Claim Claim()
    {
        var figure = Figure.Create("under $100 <b>", BoundKind.Under, 100m, Unit.Parse("USD/1000 m3"));
        var source = new Publication("Title & <i>more</i>", "A. \"Author\"", "Outlet <img src=x onerror=alert(1)>", new DateOnly(2020, 2, 6), new Uri("javascript:alert(1)"));
        var appearance = new Appearance($"Spot prices {Script} are under $100 <b>.", QuoteKind.Verbatim, Period.Parse("2020-02-06"), new EquatableArray<string>(["Bel<TA>"]), source);
        return new Claim("hostile-claim", "Subject <script>", Period.Parse("2020-02"), new Claimant("Name <u>", "Role & co"), figure, new EquatableArray<Appearance>([appearance]), new EquatableArray<string>(["gas"]), new EquatableArray<string>(["BY"]), "Notes </td></tr></table>");
    }
}
