using System.Text;
using System.Xml;
using EnergyFigures.Charts;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.IO;
using EnergyFigures.Tests.Charts;
using EnergyFigures.Units;
using EnergyFigures.Data;
using static EnergyFigures.Tests.Csv.CsvFixtures;

namespace EnergyFigures.Tests.Reliability;

/// <summary>
/// What the library publishes is safe to open: written CSV neutralizes formula injection in every text
/// field without touching numbers; SVG shows markup from data as text; files are written atomically.
/// </summary>
[Collection(ChartCollection.Name)]
public class PublishingSafetyTests
{
    /// <summary>The starts a spreadsheet runs as a formula (or that hide one).</summary>
    public static TheoryData<string> FormulaStarts => new() { "=", "+", "-", "@", "\t", "\r" };

    /// <summary>The text columns (written with Protect).</summary>
    private static readonly string[] TextColumns =
        ["subject", "claimant", "claimant_role", "text", "topics", "quote", "reported_by", "source_title", "source_author", "source_outlet", "originally_published_in", "notes"];

    /// <summary>A minimal RFC 4180 reader, independent of the library's, to see the raw cells a spreadsheet sees.</summary>
    private static List<List<string>> RawCells(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }

    private static Claim ClaimWithEveryTextStartingWith(string start)
    {
        var baseClaim = ClaimsCsv.ValidateText(BuildCsv(ValidRow()), "x.csv").ThrowIfInvalid()[0];
        var t = start + "SUM(A1)";
        var figure = Figure.Create(t + " $127", BoundKind.Exact, -12.5m, Unit.Parse("USD/1000 m3"));
        var a = baseClaim.FirstAppearance;
        var source = a.Source with { Title = t, Author = t, Outlet = t, OriginallyPublishedIn = t };
        var appearance = a with { Quote = t + " said " + figure.Text, ReportedBy = new EquatableArray<string>([t]), Source = source };
        return baseClaim with
        {
            Subject = t,
            Claimant = new Claimant(t, t),
            Figure = figure,
            Topics = new EquatableArray<string>([t]),
            Appearances = new EquatableArray<Appearance>([appearance]),
            Notes = t,
        };
    }

    [Theory]
    [MemberData(nameof(FormulaStarts))]
    public void Written_CSV_neutralizes_formula_starts_in_every_text_field_and_leaves_numbers_alone(string start)
    {
        var claim = ClaimWithEveryTextStartingWith(start);
        var csv = ClaimsCsv.WriteToString([claim]);
        var rows = RawCells(csv);
        var header = rows[0];
        var cells = rows[1];
        Assert.Equal(header.Count, cells.Count);
        foreach (var column in TextColumns)
        {
            var cell = cells[header.IndexOf(column)];
            Assert.True(cell.StartsWith("'" + start + "SUM(A1)", StringComparison.Ordinal), $"{column} = {cell} is not neutralized");
        }

        // Numbers are written as numbers: a negative value keeps its sign and gets no apostrophe.
        Assert.Equal("-12.5", cells[header.IndexOf("value")]);
        // No cell of the row starts with a formula character at all.
        Assert.All(cells, c => Assert.False(c.Length > 0 && "=+@\t\r".Contains(c[0], StringComparison.Ordinal), $"cell '{c}' starts like a formula"));
    }

    [Theory]
    [InlineData("=")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("@")]
    public void Neutralized_text_reads_back_exactly(string start)
    {
        var claim = ClaimWithEveryTextStartingWith(start);
        var back = Assert.Single(ClaimsCsv.ValidateText(ClaimsCsv.WriteToString([claim]), "x.csv").ThrowIfInvalid());
        Assert.Equal(claim, back);
        Assert.Equal(start + "SUM(A1)", back.Subject);
    }

    [Theory]
    [InlineData("\t")]
    [InlineData("\r")]
    public void Tab_and_CR_starts_in_quotes_and_notes_read_back_exactly(string start)
    {
        var baseClaim = ClaimsCsv.ValidateText(BuildCsv(ValidRow()), "x.csv").ThrowIfInvalid()[0];
        var a = baseClaim.FirstAppearance;
        var claim = baseClaim with
        {
            Notes = start + "=cmd|' /C calc'!A0",
            Appearances = new EquatableArray<Appearance>([a with { Quote = start + a.Quote }]),
        };
        var csv = ClaimsCsv.WriteToString([claim]);
        Assert.Contains("'" + start + "=cmd", csv, StringComparison.Ordinal);
        Assert.Equal(claim, Assert.Single(ClaimsCsv.ValidateText(csv, "x.csv").ThrowIfInvalid()));
    }

    [Fact]
    public void The_columns_written_unprotected_cannot_start_like_a_formula()
    {
        // id, period, bound, numbers, scale, unit, countries, quote_kind, dates and URL are validated on
        // reading so that they cannot start with = + @ tab or CR; only numbers may start with '-'.
        var report = ClaimsCsv.ValidateText(BuildCsv(
            ValidRow("a").With("id", "=x"),
            ValidRow("b").With("unit", "=USD"),
            ValidRow("c").With("source_url", "=HYPERLINK(\"http://x\")"),
            ValidRow("d").With("countries", "@BY"),
            ValidRow("e").With("period", "+2020")), "x.csv");
        Assert.Empty(report.Claims);
        Assert.Equal(5, report.Diagnostics.Count);
    }

    private const string Script = "<script>alert('x')</script>";

    private static Claim Hostile(string id, decimal value)
    {
        var figure = Figure.Create($"$\"{value}\" & {Script}", BoundKind.Exact, value, Unit.Parse("USD/1000 m3"));
        var pub = new Publication(Script, "A & B", "<b>Outlet</b> " + Script, new DateOnly(2020, 2, 6), new Uri("https://example.org/?a=1&b=<x>"));
        var appearance = new Appearance("They said " + figure.Text + " " + Script, QuoteKind.Verbatim, Period.Parse("2020-02-06"), new EquatableArray<string>(["<i>Agency</i>"]), pub);
        return new Claim(id, "Subject " + Script, Period.Parse("2020-02"), new Claimant("Ann \"<img src=x onerror=alert(1)>\"", Script), figure,
            new EquatableArray<Appearance>([appearance]), new EquatableArray<string>(["gas"]), new EquatableArray<string>(["BY"]), "Note " + Script);
    }

    private static void AssertSafeSvg(string svg)
    {
        var doc = new XmlDocument { XmlResolver = null };
        doc.LoadXml(svg); // well-formed: every '<' and '&' from data was escaped
        foreach (XmlNode node in doc.SelectNodes("//*")!)
        {
            Assert.NotEqual("script", node.LocalName, StringComparer.OrdinalIgnoreCase);
            Assert.NotEqual("foreignObject", node.LocalName, StringComparer.OrdinalIgnoreCase);
            Assert.NotEqual("img", node.LocalName, StringComparer.OrdinalIgnoreCase);
            foreach (XmlAttribute at in node.Attributes!)
            {
                Assert.False(at.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event attribute {at.LocalName}");
            }
        }

        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_quote_containing_script_shows_as_text_in_every_chart_kind()
    {
        var a = Hostile("a", 127m);
        var b = Hostile("b", 300m);
        var comparison = Chart.Comparison("Title " + Script, [new ChartItem(a, "Label " + Script), new ChartItem(b)]);
        var spread = Chart.Spread("Spread " + Script, new ChartItem(a, Script), new ChartItem(b, Script));
        var series = new ChartSeries("Series " + Script, Unit.Parse("USD/1000 m3"), [new SeriesPoint(new DateOnly(2020, 1, 1), 100m), new SeriesPoint(new DateOnly(2020, 3, 1), 120m)], new Citation("Pub " + Script, "Data & <b>more</b>"));
        var timeSeries = Chart.TimeSeries("Time " + Script, series, [new ChartItem(a, Script)]);
        var check = Chart.Check(new CheckChartData(new ChartItem(a, Script), Quantity.Exactly(150m, Unit.Parse("USD/1000 m3")), "Ref " + Script, new Citation(Script, Script), "inconsistent " + Script, Note: "Note " + Script));
        foreach (var chart in new[] { comparison, spread, timeSeries, check })
        {
            var svg = chart.ToSvg(ChartTestSupport.Small);
            AssertSafeSvg(svg);
            Assert.Contains(Script, ChartTestSupport.SvgAllText(svg), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Writing_claims_to_a_file_is_atomic()
    {
        var dir = Directory.CreateTempSubdirectory("ef-atomic-");
        try
        {
            var path = Path.Combine(dir.FullName, "claims.csv");
            ClaimsCsv.Write(ClaimSet.Shipped, path);
            var before = File.ReadAllBytes(path);

            // A writer that fails half-way (the claims enumeration throws after the first claim).
            IEnumerable<Claim> Failing()
            {
                yield return ClaimSet.Shipped[0];
                throw new InvalidOperationException("interrupted");
            }

            Assert.Throws<InvalidOperationException>(() => ClaimsCsv.Write(Failing(), path));
            Assert.Equal(before, File.ReadAllBytes(path));
            Assert.Equal(["claims.csv"], Directory.EnumerateFiles(dir.FullName).Select(Path.GetFileName));

            ClaimsCsv.Write(ClaimSet.Shipped.Take(2), path);
            Assert.Equal(2, ClaimsCsv.Load(path).Count);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void AtomicFile_replaces_whole_files_and_cleans_up_after_a_failure()
    {
        var dir = Directory.CreateTempSubdirectory("ef-atomic-");
        try
        {
            var path = Path.Combine(dir.FullName, "out.svg");
            AtomicFile.WriteAllText(path, "first");
            AtomicFile.WriteAllText(path, "second, longer");
            Assert.Equal("second, longer", File.ReadAllText(path));
            Assert.Throws<IOException>(() => AtomicFile.Write(path, s =>
            {
                s.Write("partial"u8);
                throw new IOException("disk full");
            }));
            Assert.Equal("second, longer", File.ReadAllText(path));
            Assert.Single(Directory.EnumerateFiles(dir.FullName));
            Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
