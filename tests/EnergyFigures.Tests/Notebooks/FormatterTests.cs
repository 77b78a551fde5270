using EnergyFigures.Claims;
using EnergyFigures.Interactive;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace EnergyFigures.Tests.Notebooks;

/// <summary>
/// The HTML our types show in notebooks: found by .NET Interactive through the name-matched
/// TypeFormatterSourceAttribute (no kernel needed for <c>ToDisplayString</c>), and in a real C# kernel.
/// </summary>
[Collection(nameof(NotebookCollection))]
public sealed class FormatterTests
{
    private static string Html(object value) => value.ToDisplayString(HtmlFormatter.MimeType);

    [Fact]
    public void Claim_set_shows_as_a_table_with_the_columns_people_read()
    {
        var html = Html(ClaimSet.Shipped);

        Assert.StartsWith("<table class=\"ef-claims\"", html, StringComparison.Ordinal);
        Assert.Contains("9 claims", html);
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
        Assert.Contains(">2020-02-06</td>", html);
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

        var set = await SubmitAsync(kernel, "EnergyFigures.Claims.ClaimSet.Shipped");
        Assert.StartsWith("<table class=\"ef-claims\"", set, StringComparison.Ordinal);

        var query = await SubmitAsync(kernel, "System.Linq.Enumerable.Where(EnergyFigures.Claims.ClaimSet.Shipped, c => c.Topics.Contains(\"gas\"))");
        Assert.StartsWith("<table class=\"ef-claims\"", query, StringComparison.Ordinal);
        Assert.Contains("<code>gas-price-offered-2020</code>", query);
        Assert.DoesNotContain("russia-reserves-rate-in-us", query);

        var figure = await SubmitAsync(kernel, "EnergyFigures.Claims.ClaimSet.Shipped[\"europe-spot-gas-price-2020-02\"].Figure");
        Assert.Contains("<q>under $100</q>", figure);
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
