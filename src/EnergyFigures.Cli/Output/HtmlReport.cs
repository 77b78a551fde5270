using System.Globalization;
using System.Reflection;
using System.Text;
using EnergyFigures.Claims;
using EnergyFigures.Cli.Analysis;

namespace EnergyFigures.Cli.Output;

/// <summary>A chart of the report: its spec and the image file (relative to the report), or why it is missing.</summary>
internal sealed record ReportChart(ReportChartSpec Spec, string? File, IReadOnlyList<string> Caption, string? Problem);

/// <summary>What the report shows.</summary>
internal sealed record ReportModel(
    string DatasetName,
    ClaimSet Claims,
    IReadOnlyList<ComparisonView> Comparisons,
    IReadOnlyList<(Claim A, Claim B, string Problem)> ComparisonProblems,
    IReadOnlyList<CheckView> Checks,
    IReadOnlyList<ReportChart> Charts)
{
    /// <summary>The checks file whose declared checks were run (its file name); null for the shipped article's.</summary>
    public string? ChecksFile { get; init; }

    /// <summary>The assumptions given on the command line, by name, with what they are.</summary>
    public IReadOnlyList<string> Assumptions { get; init; } = [];

    /// <summary>The charts not drawn because of the cap (<c>--max-charts</c>).</summary>
    public IReadOnlyList<ReportChartSpec> ChartsLeftOut { get; init; } = [];

    /// <summary>The cap on charts the report was written with.</summary>
    public int MaxCharts { get; init; }
}

/// <summary>
/// The HTML report, laid out for reading: a summary first (each claim with its figure, a verdict badge and one
/// line of why), then the claims, comparisons and checks with their full explanations folded in
/// <c>&lt;details&gt;</c>, then the charts. One self-contained page (inline CSS, no script, no external
/// resource) that opens offline in any browser and fits a 390 px phone as well as a laptop (nothing has a fixed
/// width; long words wrap); images are files beside it. Every text from data is HTML-escaped, and only
/// absolute http(s) URLs become links. Verdict colours tell verification from context: a context check that
/// disagrees is grey ("differs"), never the red of a refuted claim.
/// </summary>
internal static class HtmlReport
{
    private const string Css = """
        :root{--ink:#1b1b1b;--muted:#5a5a5a;--line:#d8d8d8;--soft:#f5f6f7;--ok:#0a6b2d;--ok-bg:#e3f4e8;--bad:#a10d0d;--bad-bg:#fbe5e5;--mid:#7a4d00;--mid-bg:#fff1d6;--ctx:#3c4a5c;--ctx-bg:#e8edf3;--none:#555;--none-bg:#eee}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:var(--ink);line-height:1.5;overflow-wrap:anywhere}
        h1{margin:.2rem 0}h2{border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2.2rem}h3{margin:.2rem 0;font-size:1.05rem}
        a{color:#0b57a4}
        code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em;overflow-wrap:anywhere}
        nav{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:.6rem 0}
        .muted{color:var(--muted)}.small{font-size:.9rem}
        .cards{list-style:none;padding:0;margin:.6rem 0;display:grid;gap:.6rem}
        .card{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem;background:#fff;min-width:0}
        .card header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.3rem .6rem}
        .figure{font-weight:650;font-size:1.05rem}
        .why{margin:.3rem 0 0}
        .badge{display:inline-block;max-width:100%;border-radius:999px;padding:.05rem .55rem;font-size:.8rem;font-weight:650;white-space:normal;overflow-wrap:anywhere;border:1px solid transparent}
        .verdict-consistent{color:var(--ok);background:var(--ok-bg);border-color:#b7e0c3}
        .verdict-inconsistent{color:var(--bad);background:var(--bad-bg);border-color:#f0b9b9}
        .verdict-indeterminate{color:var(--mid);background:var(--mid-bg);border-color:#f0d59c}
        .verdict-uncheckable{color:var(--none);background:var(--none-bg)}
        .role-context .badge,.badge.role-context{color:var(--ctx);background:var(--ctx-bg);border-color:#c9d3df;font-weight:600}
        .role-sensitivity .badge{opacity:.85;border-style:dashed}
        .role{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
        details{margin:.35rem 0}summary{cursor:pointer;color:#0b57a4}
        details[open]>summary{margin-bottom:.3rem}
        dl{display:grid;grid-template-columns:minmax(6rem,max-content) minmax(0,1fr);gap:.15rem .8rem;margin:.4rem 0}dt{font-weight:600;color:#444}dd{margin:0;min-width:0}
        blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:4px solid #8aa;background:#f7fafa}
        .chain{color:#444;font-size:.9rem}
        .result{display:grid;grid-template-columns:minmax(0,max-content) minmax(0,1fr);gap:.1rem .8rem;margin:.3rem 0}
        figure{margin:1.2rem 0}figure img{display:block;max-width:100%;height:auto;border:1px solid var(--line)}figcaption{font-size:.9rem;color:#444;margin-top:.3rem}
        ol.sources{padding-left:1.2rem;margin:.3rem 0}
        footer{margin-top:2rem}
        @media (min-width:52rem){.cards.two{grid-template-columns:repeat(2,minmax(0,1fr))}}
        @media print{body{max-width:none;padding:0;font-size:10.5pt}nav,summary{display:none}details>*{display:block}details::details-content{display:block;content-visibility:visible}a{color:inherit}a[href^="http"]::after{content:" <" attr(href) ">";font-size:.85em;color:var(--muted)}.card,figure{break-inside:avoid}h2{break-after:avoid}}
        """;

    public static string Render(ReportModel m)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>EnergyFigures report: ").Append(Html.Esc(m.DatasetName)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        sb.Append("<header>\n<h1>EnergyFigures report</h1>\n");
        sb.Append(inv, $"<p>{m.Claims.Count} claims from {Html.Esc(m.DatasetName)}. These are <em>claims</em>, not facts: each records who said what, when, and where it was reported. Figures keep their stated bounds as exact intervals; numbers for reading are rounded (marked ≈, intervals rounded outward), and the JSON output keeps every digit.</p>\n");
        sb.Append("<nav><a href=\"#summary\">Summary</a><a href=\"#claims\">Claims</a><a href=\"#comparisons\">Comparisons</a><a href=\"#checks\">Checks</a><a href=\"#charts\">Charts</a><a href=\"#sources\">Sources and licences</a></nav>\n</header>\n<main>\n");

        Summary(sb, m);
        Claims(sb, m);
        Comparisons(sb, m);
        Checks(sb, m);
        Charts(sb, m);
        sb.Append("</main>\n");
        Footer(sb);
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The CSS class of a verdict (only letters, digits and dashes).</summary>
    internal static string VerdictClass(string verdict) => "verdict-" + new string(verdict.Where(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-').ToArray());

    /// <summary>
    /// The badge of a check: a verification or sensitivity check shows its verdict in its colour; a context check
    /// (a related figure) says only whether the numbers agree, in a neutral colour.
    /// </summary>
    internal static string Badge(CheckView r)
    {
        if (r.Role == "context")
        {
            // The words the CLI uses too: "differs (context: not a refutation)".
            var word = r.Verdict is "consistent" or "inconsistent" ? r.Shown : "context: " + r.Verdict;
            return $"<span class=\"badge role-context {VerdictClass(r.Verdict)}-context\">{Html.Esc(word)}</span>";
        }

        if (r.Role is "proxy" or "single-instance")
        {
            // Not a verification: say what it is, in the neutral colour.
            return $"<span class=\"badge role-context\">{Html.Esc(r.Shown)}</span>";
        }

        return $"<span class=\"badge {VerdictClass(r.Verdict)}\">{Html.Esc(r.Verdict)}</span>";
    }

    private static void Summary(StringBuilder sb, ReportModel m)
    {
        sb.Append("<section id=\"summary\">\n<h2>Summary</h2>\n");
        sb.Append("<p class=\"small muted\">Each claim with its verdict against reference data (the verification check; “not checked” when no shipped data measures it) and one line of why. Context checks compare with related figures and never refute a claim.</p>\n");
        sb.Append("<ul class=\"cards two\">\n");
        foreach (var c in m.Claims)
        {
            var rows = m.Checks.Where(r => r.Claim.Id == c.Id).ToList();
            var main = rows.FirstOrDefault(r => r.Role == "verification") ?? rows.FirstOrDefault(r => r.Role is "ad-hoc" or "sensitivity");
            sb.Append("<li class=\"card\"><header><span class=\"figure\">").Append(Html.Esc(c.Figure.Text)).Append("</span>");
            if (main is not null)
            {
                sb.Append(Badge(main));
            }
            else
            {
                sb.Append("<span class=\"badge verdict-uncheckable\">not checked</span>");
            }

            sb.Append("</header>\n<div class=\"small\">").Append(Html.Esc(c.Subject)).Append(" · ").Append(Html.Esc(c.Period.ToString())).Append(" · ").Append(Html.Esc(c.Claimant.Name)).Append("</div>\n");
            var why = main?.Note ?? rows.FirstOrDefault()?.Note;
            if (why is not null)
            {
                sb.Append("<p class=\"why small\">").Append(Html.Esc(why)).Append("</p>\n");
            }

            var context = rows.Where(r => r.Role == "context").ToList();
            if (context.Count > 0)
            {
                sb.Append("<div class=\"small\">");
                sb.AppendJoin(" ", context.Select(Badge));
                sb.Append("</div>\n");
            }

            sb.Append("<a class=\"small\" href=\"#claim-").Append(Html.Esc(c.Id)).Append("\">details of <code>").Append(Html.Esc(c.Id)).Append("</code></a></li>\n");
        }

        sb.Append("</ul>\n</section>\n");
    }

    private static void Claims(StringBuilder sb, ReportModel m)
    {
        var inv = CultureInfo.InvariantCulture;
        sb.Append("<section id=\"claims\">\n<h2>Claims</h2>\n");
        foreach (var c in m.Claims)
        {
            sb.Append(inv, $"<article class=\"card claim\" id=\"claim-{Html.Esc(c.Id)}\">\n<header><h3>{Html.Esc(c.Figure.Text)}</h3><code>{Html.Esc(c.Id)}</code></header>\n");
            sb.Append("<p class=\"small\">").Append(Html.Esc(c.Subject)).Append(": ").Append(Html.Esc(c.Figure.ToString("D", inv))).Append(" (").Append(Html.Esc(c.Period.ToString())).Append("). ").Append(Html.Esc(c.Citation)).Append("</p>\n");
            sb.Append("<blockquote>").Append(Html.Esc(c.FirstAppearance.Quote)).Append("</blockquote>\n");
            sb.Append(inv, $"<details><summary>Provenance: {c.Appearances.Count} appearance(s), interval, notes</summary>\n<dl>\n");
            Def(sb, "Stated bound", c.Figure.Bound.ToName());
            Def(sb, "Interval", c.Figure.ToString("I", inv));
            Def(sb, "Claimant", c.Claimant.ToString());
            Def(sb, "Topics", string.Join(", ", c.Topics));
            Def(sb, "Countries", string.Join(", ", c.Countries));
            if (c.Notes is not null)
            {
                Def(sb, "Notes", c.Notes);
            }

            sb.Append("</dl>\n");
            foreach (var a in c.Appearances)
            {
                if (!ReferenceEquals(a, c.FirstAppearance))
                {
                    sb.Append("<blockquote>").Append(Html.Esc(a.Quote)).Append("</blockquote>\n");
                }

                sb.Append("<p class=\"chain\">");
                sb.Append(a.QuoteKind == QuoteKind.Verbatim ? "Verbatim quote. " : "Compiler's summary of the page. ");
                if (!a.SaidOn.IsDefault)
                {
                    sb.Append("Said on ").Append(Html.Esc(a.SaidOn.ToString())).Append(". ");
                }

                sb.Append("Chain: ").Append(Html.Esc(a.DescribeChain(c.Claimant))).Append(".<br>\n");
                sb.Append("Published: <cite>").Append(Html.Esc(a.Source.Title)).Append("</cite>");
                if (a.Source.Author is not null)
                {
                    sb.Append(", by ").Append(Html.Esc(a.Source.Author));
                }

                sb.Append(", ").Append(Html.Esc(a.Source.Outlet)).Append(", ").Append(Html.Esc(a.Source.Date.ToString("yyyy-MM-dd", inv)));
                if (a.Source.OriginallyPublishedIn is not null)
                {
                    sb.Append(" (originally published in ").Append(Html.Esc(a.Source.OriginallyPublishedIn)).Append(')');
                }

                if (Html.Href(a.Source.Url) is { } href)
                {
                    sb.Append(". <a href=\"").Append(href).Append("\" rel=\"noopener noreferrer\">").Append(Html.Esc(a.Source.Url!.OriginalString)).Append("</a>");
                }

                sb.Append(".</p>\n");
            }

            sb.Append("</details>\n</article>\n");
        }

        sb.Append("</section>\n");
    }

    private static void Comparisons(StringBuilder sb, ReportModel m)
    {
        sb.Append("<section id=\"comparisons\">\n<h2>Comparisons</h2>\n");
        if (m.Comparisons.Count == 0 && m.ComparisonProblems.Count == 0)
        {
            sb.Append("<p class=\"muted\">No two claims of this dataset share a topic and a convertible unit, so none are compared.</p>\n</section>\n");
            return;
        }

        sb.Append("<p class=\"small\">Claims that share topics and whose units convert into each other, held against each other with conservative interval arithmetic (the true value is never outside the result).</p>\n<ul class=\"cards\">\n");
        foreach (var v in m.Comparisons)
        {
            sb.Append("<li class=\"card\"><header><span class=\"figure\">").Append(Html.Esc(v.A.Figure.Text)).Append("</span> <span class=\"muted\">vs</span> <span class=\"figure\">").Append(Html.Esc(v.B.Figure.Text)).Append("</span></header>\n");
            sb.Append("<div class=\"small\">A: <a href=\"#claim-").Append(Html.Esc(v.A.Id)).Append("\"><code>").Append(Html.Esc(v.A.Id)).Append("</code></a> · B: <a href=\"#claim-").Append(Html.Esc(v.B.Id)).Append("\"><code>").Append(Html.Esc(v.B.Id)).Append("</code></a></div>\n");
            sb.Append("<div class=\"result\">");
            foreach (var l in v.Lines)
            {
                sb.Append("<span>").Append(Html.Esc(l.Name)).Append("</span><strong>").Append(Html.Esc(Analysis.Comparisons.Fmt(l.Result))).Append("</strong>");
            }

            sb.Append("</div>\n<p class=\"why small\">").Append(Html.Esc(v.Summary)).Append("</p>\n");
            sb.Append("<details><summary>How it was computed</summary>\n");
            foreach (var l in v.Lines)
            {
                sb.Append("<p class=\"small\"><strong>").Append(Html.Esc(l.Name)).Append(":</strong> ").Append(Linked(l.Explanation)).Append("</p>\n");
            }

            sb.Append("</details></li>\n");
        }

        foreach (var (a, b, problem) in m.ComparisonProblems)
        {
            sb.Append("<li class=\"card\"><code>").Append(Html.Esc(a.Id)).Append("</code> vs <code>").Append(Html.Esc(b.Id)).Append("</code><p class=\"muted small\">Not compared: ").Append(Html.Esc(problem)).Append("</p></li>\n");
        }

        sb.Append("</ul>\n</section>\n");
    }

    private static void Checks(StringBuilder sb, ReportModel m)
    {
        sb.Append("<section id=\"checks\">\n<h2>Checks against reference data</h2>\n");
        sb.Append("<p class=\"small\">Each claim held against the shipped reference data (series and figures reported by others). <em>verification</em>: the reference measures what the claim states; <em>sensitivity</em>: the same under another reading or assumption; <em>context</em>: a related figure, whose badge says only whether the numbers agree (grey: a disagreement is no refutation); <em>proxy</em>: a reference that stands in for what the claim states; <em>single-instance</em>: one instance of what the claim generalises (neither is a verification).</p>\n");
        sb.Append("<p class=\"small\">Declared checks: ").Append(m.ChecksFile is null ? "the shipped article's (<code>data/checks.csv</code>)" : "<code>" + Html.Esc(m.ChecksFile) + "</code>").Append(".</p>\n");
        if (m.Assumptions.Count > 0)
        {
            sb.Append("<p class=\"small\">Assumptions from the command line (filling in what a declared check leaves unstated): ").AppendJoin("; ", m.Assumptions.Select(Html.Esc)).Append(".</p>\n");
        }

        sb.Append("<ul class=\"cards\">\n");
        foreach (var r in m.Checks)
        {
            sb.Append("<li class=\"card role-").Append(Html.Esc(new string(r.Role.Where(char.IsAsciiLetter).ToArray()))).Append("\"><header><span class=\"figure\">").Append(Html.Esc(r.Claim.Figure.Text)).Append("</span>").Append(Badge(r));
            sb.Append("<span class=\"role\">").Append(Html.Esc(r.Role)).Append("</span>");
            if (r.ReferenceId is not null)
            {
                sb.Append("<span class=\"small muted\">against <code>").Append(Html.Esc(r.ReferenceId)).Append("</code></span>");
            }

            sb.Append("</header>\n<p class=\"why small\">").Append(Html.Esc(r.Note)).Append("</p>\n");
            if (r.Reference is not null || r.Margin is not null)
            {
                sb.Append("<dl class=\"small\">");
                if (r.Reference is not null)
                {
                    Def(sb, "Reference", r.Reference);
                }

                if (r.Margin is not null)
                {
                    Def(sb, "Margin", r.Margin);
                }

                sb.Append("</dl>\n");
            }

            sb.Append("<details><summary>Full explanation and sources</summary>\n");
            if (r.Result is not null || r.Verdict == "not computed")
            {
                sb.Append("<p class=\"small\">").Append(Linked(r.Explanation)).Append("</p>\n");
            }

            if (r.Assumptions.Count > 0)
            {
                sb.Append("<p class=\"small muted\">Assumptions: ").Append(Html.Esc(string.Join("; ", r.Assumptions))).Append("</p>\n");
            }

            if (r.Citations.Count > 0)
            {
                sb.Append("<ol class=\"sources small\">");
                foreach (var cite in r.Citations)
                {
                    sb.Append("<li>").Append(Linked(cite)).Append("</li>");
                }

                sb.Append("</ol>\n");
            }

            sb.Append("<p class=\"small\"><a href=\"#claim-").Append(Html.Esc(r.Claim.Id)).Append("\">claim <code>").Append(Html.Esc(r.Claim.Id)).Append("</code></a></p>\n");
            sb.Append("</details></li>\n");
        }

        sb.Append("</ul>\n</section>\n");
    }

    private static void Charts(StringBuilder sb, ReportModel m)
    {
        sb.Append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        if (m.Charts.Count == 0)
        {
            sb.Append("<p class=\"muted\">No charts for this dataset.</p>\n");
        }

        foreach (var c in m.Charts)
        {
            var ids = string.Join(", ", c.Spec.Claims.Select(x => x.Id));
            if (c.File is not null)
            {
                sb.Append("<figure>\n<img src=\"").Append(Html.Esc(c.File)).Append("\" alt=\"").Append(Html.Esc(c.Spec.Title + ": " + ids)).Append("\">\n");
                sb.Append("<figcaption><strong>").Append(Html.Esc(c.Spec.Title)).Append("</strong>");
                if (c.Caption.Count > 0)
                {
                    sb.Append("<details><summary>Sources and how to read it</summary>");
                    sb.AppendJoin("<br>", c.Caption.Select(Linked));
                    sb.Append("</details>");
                }

                sb.Append("</figcaption>\n</figure>\n");
            }
            else if (c.Problem is not null)
            {
                sb.Append("<p class=\"muted small\">").Append(Html.Esc(c.Spec.Title)).Append(" (").Append(Html.Esc(ids)).Append("): not drawn: ").Append(Html.Esc(c.Problem)).Append("</p>\n");
            }
        }

        if (m.ChartsLeftOut.Count > 0)
        {
            sb.Append("<p class=\"muted\" id=\"charts-left-out\">").Append(m.ChartsLeftOut.Count.ToString(CultureInfo.InvariantCulture))
                .Append(" more chart(s) left out: a report draws at most ").Append(m.MaxCharts.ToString(CultureInfo.InvariantCulture))
                .Append(" (<code>--max-charts N</code> changes it). Not drawn:</p>\n<ul class=\"muted\">\n");
            foreach (var s in m.ChartsLeftOut.Take(500))
            {
                sb.Append("<li>").Append(Html.Esc(s.Title)).Append(" (").Append(Html.Esc(string.Join(", ", s.Claims.Select(x => x.Id)))).Append(")</li>\n");
            }

            if (m.ChartsLeftOut.Count > 500)
            {
                sb.Append("<li>… and ").Append((m.ChartsLeftOut.Count - 500).ToString(CultureInfo.InvariantCulture)).Append(" more.</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("</section>\n");
    }

    private static void Footer(StringBuilder sb)
    {
        var version = typeof(HtmlReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            version = version[..plus];
        }

        sb.Append("<footer id=\"sources\">\n<h2>Sources and licences</h2>\n");
        sb.Append("<p class=\"small\">Claims quote their publications (quotes and citations only, never whole texts). Reference data: World Bank Commodity Price Data (The Pink Sheet), CC BY 4.0; ");
        sb.Append("European Central Bank euro foreign exchange reference rates (reuse with acknowledgement); Board of Governors of the Federal Reserve System, H.15, via FRED; ");
        sb.Append("BP Statistical Review of World Energy, approximate conversion factors (cited). See THIRD-PARTY-NOTICES.md and data/SOURCES.md in the repository.</p>\n");
        sb.Append("<p class=\"muted small\">Generated by energy-figures ").Append(Html.Esc(version)).Append(".</p>\n</footer>\n");
    }

    /// <summary>Text from data, escaped, with every absolute http(s) URL in it made a link (anything else stays text).</summary>
    internal static string Linked(string text) => Html.Linked(text);

    private static void Def(StringBuilder sb, string name, string value) =>
        sb.Append("<dt>").Append(Html.Esc(name)).Append("</dt><dd>").Append(Linked(value)).Append("</dd>\n");
}
