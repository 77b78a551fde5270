using EnergyFigures.Charts;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Derivation;
using EnergyFigures.Interactive;
using EnergyFigures.Reference;
using EnergyFigures.Units;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Notebooks;

/// <summary>
/// The HTML our types show in notebooks: registered by the packages' kernel extensions (EnergyFigures.Interactive for
/// the core's types, EnergyFigures.Charts.Interactive for charts) through public API, and in a real C# kernel.
/// </summary>
[Collection(nameof(NotebookCollection))]
public sealed class FormatterTests
{
    static FormatterTests()
    {
        // What the kernel does when it loads the packages' interactive-extensions.
        EnergyFiguresKernelExtension.Register();
        EnergyFigures.Charts.Interactive.ChartsKernelExtension.Register();
    }

    private static string Html(object value) => value.ToDisplayString(HtmlFormatter.MimeType);

    [Fact]
    public void Claim_set_shows_as_a_table_with_the_columns_people_read()
    {
        var html = Html(ClaimSet.Shipped);

        Assert.StartsWith("<table class=\"ef-claims\"", html, StringComparison.Ordinal);
        Assert.Contains("18 claims", html);
        foreach (var header in new[] { "id", "subject", "figure as stated", "meaning", "claimant", "outlet", "date" })
        {
            Assert.Contains(">" + header + "</th>", html);
        }

        Assert.Equal(ClaimSet.Shipped.Count, html.Split("<tr>").Length - 2);
        Assert.Contains("<code>gas-price-offered-2020</code>", html);
        Assert.Contains("<q>$127 per 1,000 cubic meters</q>", html);
        Assert.Contains(">less than 100 USD per 1,000 m³</td>", html);
        Assert.Contains(">Alexander Lukashenko</td>", html);
        Assert.Contains(">Global Research</td>", html);
        Assert.Contains(">2020-02-06</span></td>", html);
    }

    [Fact]
    public void Claim_shows_its_figure_quote_chain_and_source()
    {
        var claim = ClaimSet.Shipped["europe-spot-gas-price-2020-02"];
        var html = Html(claim);

        Assert.StartsWith("<table class=\"ef-claim\"", html, StringComparison.Ordinal);
        Assert.Contains("<q>under $100</q>", html);
        Assert.Contains("less than 100 USD per 1,000 m³", html);
        Assert.Contains("(bound: under)", html);
        Assert.Contains("Spot prices in Europe are under $100.", html);
        Assert.Contains("Alexander Lukashenko → BelTA → Andrew Korybko, Global Research (2020-02-06) → originally OneWorld", html);
        Assert.Contains("Alexander Lukashenko (President of Belarus)", html);
    }

    [Fact]
    public void Figure_shows_its_text_meaning_bound_and_interval()
    {
        var html = Html(ClaimSet.Shipped["belarus-loan-rate-from-russia"].Figure);

        Assert.Equal(
            "<div class=\"ef-figure\"><q>from 4% to 6%</q> — 4 to 6 % per year <span style=\"color:#666\">(bound: range; interval <code>[4, 6] percent/year</code>)</span></div>",
            html);
    }

    [Fact]
    public void Text_from_data_is_escaped_everywhere()
    {
        var claim = HostileClaims.Claim();
        foreach (var html in new[] { Html(claim), Html(ClaimSet.Create([claim])), Html(claim.Figure) })
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", html);
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotContain("<u>", html);
            Assert.DoesNotContain("javascript:", html);
        }

        var full = Html(claim);
        Assert.Contains("Spot prices &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; are under $100 &lt;b&gt;.", full);
        Assert.Contains("Notes &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;", full);
        Assert.Contains("Title &amp; &lt;i&gt;more&lt;/i&gt;", full); // shown as text, not linked (not http/https)
        Assert.Equal(full.Split("<table").Length - 1, full.Split("</table>").Length - 1);
    }

    [Fact]
    public void Http_sources_are_linked_with_an_escaped_href()
    {
        var claim = HostileClaims.Claim();
        var a = claim.FirstAppearance;
        var linked = claim with
        {
            Appearances = new EquatableArray<Appearance>([a with { Source = a.Source with { Url = new Uri("https://example.org/a?b=1&c=\"2\"") } }]),
        };

        Assert.Contains("<a href=\"https://example.org/a?b=1&amp;c=%222%22\" rel=\"noopener noreferrer\">Title &amp; &lt;i&gt;more&lt;/i&gt;</a>", Html(linked));
    }

    [Fact]
    public async Task A_csharp_kernel_renders_our_types_and_claim_queries_as_html()
    {
        var csharp = new CSharpKernel();
        csharp.AddAssemblyReferences([typeof(ClaimSet).Assembly.Location]);
        using var kernel = new CompositeKernel { csharp };
        await new EnergyFiguresKernelExtension().OnLoadAsync(kernel);

        var set = await SubmitAsync(kernel, "using EnergyFigures.Data;\nEnergyFigures.Claims.ClaimSet.Shipped");
        Assert.StartsWith("<table class=\"ef-claims\"", set, StringComparison.Ordinal);

        var query = await SubmitAsync(kernel, "System.Linq.Enumerable.Where(EnergyFigures.Claims.ClaimSet.Shipped, c => c.Topics.Contains(\"gas\"))");
        Assert.StartsWith("<table class=\"ef-claims\"", query, StringComparison.Ordinal);
        Assert.Contains("<code>gas-price-offered-2020</code>", query);
        Assert.DoesNotContain("russia-reserves-rate-in-us", query);

        var figure = await SubmitAsync(kernel, "EnergyFigures.Claims.ClaimSet.Shipped[\"europe-spot-gas-price-2020-02\"].Figure");
        Assert.Contains("<q>under $100</q>", figure);
    }

    [Fact]
    public void Derived_figure_shows_its_value_how_it_was_computed_and_its_sources()
    {
        var loans = Derive.From(ClaimSet.Shipped["belarus-loan-rate-from-russia"]);
        var payments = Derive.From(ClaimSet.Shipped["belarus-annual-payments-to-russia"]);
        var html = Html((payments / loans).ConvertTo(Unit.Parse("USD")));

        Assert.StartsWith("<div class=\"ef-derived\"", html, StringComparison.Ordinal);
        Assert.Contains("<b>Result</b>: ≈ [16,660,000,000, 25,000,000,000] USD</div>", html); // rounded outward
        Assert.Contains("<b>How computed:</b> $1 billion per year (Alexander Lukashenko, via BelTA, in Global Research, 2020-02-06) divided by from 4% to 6% per year (same source) is between $16.66 billion and $25 billion.", html);
        Assert.Contains("<b>Sources</b><ol style=\"margin:2px 0\"><li>Global Research, Andrew Korybko, Russia-Belarus Relations", html);

        var spread = Html(Compare.Spread(loans, Derive.From(ClaimSet.Shipped["russia-reserves-rate-in-us"])));
        Assert.Contains("<b>Spread</b>: [2.5, 4.5] percentage points per year</div>", spread);
    }

    [Fact]
    public void Derived_figure_lists_its_assumptions_and_notes()
    {
        var offered = Derive.From(ClaimSet.Shipped["gas-price-offered-2020"], "the <offer>");
        var spot = Derive.From(ClaimSet.Shipped["europe-spot-gas-price-2020-02"]);
        var html = Html(Compare.Premium(offered, spot.ConvertTo("USD/1000 m3")));
        var converted = Html(Compare.Difference(offered.ConvertTo("USD/MWh", GasEnergyContent.Bp), spot.ConvertTo("USD/MWh", GasEnergyContent.Bp), GasEnergyContent.Bp));

        Assert.Contains("<b>Premium</b>: (27, +∞) %", html);
        Assert.Contains("The &lt;offer&gt; stated as $127", html);
        Assert.Contains("<b>Notes</b><ul style=\"margin:2px 0\"><li>prices are positive", html);
        Assert.Contains("<b>Assumptions</b>", converted);
        Assert.Contains("bp.gas.energy_per_1000m3", converted);
        Assert.Contains("<li>BP, ", converted);
    }

    [Fact]
    public void Check_shows_its_verdict_values_and_sources()
    {
        var claim = ClaimSet.Shipped["europe-spot-gas-price-2020-02"];
        var series = ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR");
        var consistent = Html(Checker.Check(claim, series));
        var undecided = Html(Checker.Check(claim, series, new CheckOptions { GasEnergyContent = GasEnergyContent.HeatingValueRange }));

        Assert.StartsWith("<div class=\"ef-check\"", consistent, StringComparison.Ordinal);
        Assert.Contains("<b>Verdict: <span style=\"color:#1a7f37\">consistent</span></b> — <q>under $100</q> (<code>europe-spot-gas-price-2020-02</code>)", consistent);
        Assert.Contains(">(−∞, 100) USD per 1,000 m³</td>", consistent);
        Assert.Contains(">2020-02: ≈ 2.908 USD per MMBtu</td>", consistent); // the policy's four digits; the value keeps all
        Assert.Contains("<b>How checked:</b>", consistent);
        Assert.Contains("<a href=\"https://", consistent);
        Assert.Contains("inside the bound 100 (0.78%)", consistent);
        Assert.Contains("<b>Verdict: <span style=\"color:#9a6700\">indeterminate</span></b>", undecided);
        Assert.Contains("outside the bound 100", undecided);
    }

    [Fact]
    public void Reference_series_shows_its_source_and_observations()
    {
        var html = Html(ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR"));

        Assert.StartsWith("<table class=\"ef-series\"", html, StringComparison.Ordinal);
        Assert.Contains("(worldbank.NGAS_EUR)</caption>", html);
        Assert.Contains(">monthly</td>", html);
        Assert.Contains("World Bank, <a href=", html);
        Assert.Contains("…, ", html);
    }

    [Fact]
    public async Task The_extension_shows_charts_and_plots_as_inline_png_images()
    {
        using var kernel = new CompositeKernel { new CSharpKernel() };
        await new EnergyFigures.Charts.Interactive.ChartsKernelExtension().OnLoadAsync(kernel);
        var chart = Chart.Spread("Rates <&> spread", ClaimSet.Shipped["russia-reserves-rate-in-us"], ClaimSet.Shipped["belarus-loan-rate-from-russia"]);

        var html = Html(chart);
        var plot = Html(chart.ToPlot());

        Assert.StartsWith("<img alt=\"Rates &lt;&amp;&gt; spread\" width=\"900\" src=\"data:image/png;base64,iVBORw0KGgo", html, StringComparison.Ordinal);
        var png = Convert.FromBase64String(html.Split("base64,")[1].Split('"')[0]);
        Assert.Equal(1800, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4))); // drawn at 2x for sharp text
        Assert.StartsWith("<img alt=\"plot\" width=\"600\" src=\"data:image/png;base64,iVBORw0KGgo", plot, StringComparison.Ordinal);
        Assert.Equal("2020-02-06", Html(new DateOnly(2020, 2, 6)));
    }

    internal static async Task<string> SubmitAsync(Kernel kernel, string code)
    {
        var result = await kernel.SendAsync(new SubmitCode(code));
        var failed = result.Events.OfType<CommandFailed>().Select(f => f.Message).ToArray();
        Assert.True(failed.Length == 0, string.Join("\n", failed));
        var value = Assert.Single(result.Events.OfType<ReturnValueProduced>());
        return value.FormattedValues.Single(v => v.MimeType == HtmlFormatter.MimeType).Value;
    }
}
