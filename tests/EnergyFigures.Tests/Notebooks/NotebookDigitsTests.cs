using System.Text.RegularExpressions;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Derivation;
using EnergyFigures.Reference;
using EnergyFigures.Tests.Formatting;
using Microsoft.DotNet.Interactive.Formatting;
using EnergyFigures.Data;

namespace EnergyFigures.Tests.Notebooks;

/// <summary>
/// What a notebook shows of the shipped dataset (claims, figures, checks, reference series, reported figures,
/// comparisons) has no number with more digits than the policy allows; the data's own words (quotes, notes) excepted.
/// </summary>
[Collection(nameof(NotebookCollection))]
public sealed class NotebookDigitsTests
{
    static NotebookDigitsTests()
    {
        // What the kernel does when it loads the packages' interactive-extensions.
        EnergyFigures.Interactive.EnergyFiguresKernelExtension.Register();
        EnergyFigures.Charts.Interactive.ChartsKernelExtension.Register();
    }

    [Fact]
    public void No_notebook_view_of_the_shipped_dataset_shows_more_digits_than_the_policy_allows()
    {
        var claims = ClaimSet.Shipped;
        Assert.StartsWith("<table class=\"ef-claims\"", claims.ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal); // our formatters, not a default dump
        Scan("claim set", claims);
        foreach (var claim in claims)
        {
            Scan("claim " + claim.Id, claim);
            Scan("figure " + claim.Id, claim.Figure);
        }

        foreach (var row in ArticleChecks.All().Where(r => r.Result is not null))
        {
            Scan("check " + row.Claim.Id, row.Result!);
        }

        foreach (var series in ReferenceLibrary.Shipped.Series)
        {
            Scan("series " + series.Id, series);
        }

        Scan("reported figures", ReportedFigures.Shipped);

        // The comparisons of the README and the sample notebook: computed, so shortened.
        var offered = Derive.From(claims["gas-price-offered-2020"]);
        var spot = Derive.From(claims["europe-spot-gas-price-2020-02"]);
        var loans = Derive.From(claims["belarus-loan-rate-from-russia"]);
        var reserves = Derive.From(claims["russia-reserves-rate-in-us"]);
        var principal = (Derive.From(claims["belarus-annual-payments-to-russia"]) / loans).ConvertTo("USD");
        foreach (var (name, value) in new (string, DerivedFigure)[]
        {
            ("difference", offered - spot), ("premium", Compare.Premium(offered, spot)), ("spread", Compare.Spread(loans, reserves)),
            ("ratio", Compare.Ratio(loans, reserves)), ("principal", principal),
        })
        {
            Scan(name, value);
        }
    }

    private static void Scan(string what, object value)
    {
        var html = value.ToDisplayString(HtmlFormatter.MimeType);
        var text = System.Net.WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<style>.*?</style>", " ", RegexOptions.Singleline), "<[^>]+>", " "));
        foreach (var claim in ClaimSet.Shipped.Concat(ReportedFigures.Shipped))
        {
            foreach (var verbatim in claim.Appearances.Select(a => a.Quote).Append(claim.Notes).OfType<string>().Where(v => v.Length > 0))
            {
                text = text.Replace(verbatim, " ", StringComparison.Ordinal);
            }
        }

        ReadableTests.AssertReadable("notebook view of " + what, text);
    }
}
