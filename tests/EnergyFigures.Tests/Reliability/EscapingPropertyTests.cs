using System.Xml;
using EnergyFigures.Charts;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Derivation;
using EnergyFigures.Notebooks;
using EnergyFigures.Reference;
using EnergyFigures.Tests.Charts;
using EnergyFigures.Tests.Cli;
using EnergyFigures.Units;
using FsCheck;
using FsCheck.Fluent;

namespace EnergyFigures.Tests.Reliability;

/// <summary>
/// Every text from data is escaped in HTML (notebook formatters, the CLI report) and SVG (charts), for
/// random hostile texts. The texts carry markers — <c>&lt;zz</c>, <c>"zz</c>, <c>'zz</c> — that can only
/// appear in the output unescaped: escaped, they read <c>&amp;lt;zz</c>, <c>&amp;quot;zz</c>, <c>&amp;#39;zz</c>.
/// </summary>
[Collection(ChartCollection.Name)]
public class EscapingPropertyTests
{
    private static readonly string[] Markers = ["<zz", "\"zz", "'zz"];

    private static readonly Gen<string> HostileText =
        from start in Gen.Elements("", "=", "@", "-")
        from body in Props.Tokens(6, "<zz>", "</zz>", "\"zz", "'zz", "<zz onload=alert(1)>", "&", "&amp;", "]]>", "<!--", "-->", " ", "gas", "مرحبا", "e\u0301", "🔥", "\u202E", ",", ";")
        select start + "x" + body + "<zz>y";

    private static Claim HostileClaim(string t, string id = "hostile")
    {
        var figure = Figure.Create("$127 " + t, BoundKind.Under, 127m, Unit.Parse("USD/1000 m3"));
        var source = new Publication("Title " + t, "Author " + t, "Outlet " + t, new DateOnly(2020, 2, 6), new Uri("https://example.org/a"), "Orig " + t);
        var appearance = new Appearance("Quote " + t + " said " + figure.Text, QuoteKind.Verbatim, Period.Parse("2020-02-06"), new EquatableArray<string>(["Agency " + t]), source);
        return new Claim(id, "Subject " + t, Period.Parse("2020-02"), new Claimant("Name " + t, "Role " + t), figure, new EquatableArray<Appearance>([appearance]),
            new EquatableArray<string>(["topic " + t]), new EquatableArray<string>(["BY"]), "Notes " + t);
    }

    private static void NoMarker(string output, string where)
    {
        foreach (var m in Markers)
        {
            Assert.False(output.Contains(m, StringComparison.Ordinal), $"{where} holds an unescaped '{m}'");
        }
    }

    [Fact]
    public void Notebook_HTML_escapes_random_hostile_text_in_every_formatter()
    {
        Props.Check(HostileText, t =>
        {
            var claim = HostileClaim(t);
            var derived = Derive.From(claim, "Label " + t);
            var check = Checker.Check(claim, HostileClaim(t, "reference"), CheckOptions.Default);
            foreach (var value in new object[] { claim, ClaimSet.Create([claim]), claim.Figure, derived, check })
            {
                var html = HtmlRenderer.ToHtml(value);
                Assert.NotNull(html);
                NoMarker(html!, value.GetType().Name);
                Assert.Contains("&lt;zz&gt;y", html, StringComparison.Ordinal);
            }
        }, maxTest: 60);
    }

    [Fact]
    public void Chart_SVG_escapes_random_hostile_text()
    {
        Props.Check(HostileText, t =>
        {
            var chart = Chart.Comparison("Title " + t, [new ChartItem(HostileClaim(t), "Label " + t)]);
            var svg = chart.ToSvg(ChartTestSupport.Small);
            var doc = new XmlDocument { XmlResolver = null };
            doc.LoadXml(svg);
            Assert.DoesNotContain("<zz", svg, StringComparison.Ordinal);
            Assert.Contains("<zz>y", ChartTestSupport.SvgAllText(svg), StringComparison.Ordinal);
        }, maxTest: 8);
    }

    [Fact]
    public void CLI_report_escapes_random_hostile_text()
    {
        Props.Check(HostileText, t =>
        {
            using var dir = new TempDir();
            var data = dir.File("hostile.csv");
            ClaimsCsv.Write([HostileClaim(t)], data);
            Assert.True(ClaimsCsv.Validate(data).IsValid);
            var outDir = dir.File("out");
            var r = Cli.Cli.Run("report", "-o", outDir, "--data", data);
            Assert.Equal(0, r.ExitCode);
            var html = File.ReadAllText(Path.Combine(outDir, "index.html"));
            NoMarker(html, "index.html");
            Assert.Contains("&lt;zz&gt;y", html, StringComparison.Ordinal);
        }, maxTest: 4);
    }
}
