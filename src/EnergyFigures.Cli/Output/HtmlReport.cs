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
/// The HTML report: one self-contained page (inline CSS, no script, no external resource) that opens offline
/// in any browser; images are files beside it. Every text from data is HTML-escaped.
/// </summary>
internal static class HtmlReport
{
    private const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}
        h1{margin-bottom:.2rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.5rem}
        table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.92rem}
        th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#f3f3f3}
        code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
        article.claim{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
        dl{display:grid;grid-template-columns:9rem 1fr;gap:.2rem .8rem;margin:.5rem 0}dt{font-weight:600;color:#444}dd{margin:0}
        blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:4px solid #8aa;background:#f7fafa}
        .chain{color:#444;font-size:.9rem}.muted{color:#666}
        .verdict-consistent{color:#0a6b2d;font-weight:600}.verdict-inconsistent{color:#a10d0d;font-weight:600}.verdict-indeterminate{color:#8a5a00;font-weight:600}
        figure{margin:1.5rem 0}figure img{max-width:100%;border:1px solid #ddd}figcaption{font-size:.9rem;color:#444}
        nav a{margin-right:1rem}
        """;

    public static string Render(ReportModel m)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>EnergyFigures report: ").Append(Html.Esc(m.DatasetName)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        sb.Append("<header>\n<h1>EnergyFigures report</h1>\n");
        sb.Append(inv, $"<p>{m.Claims.Count} claims from {Html.Esc(m.DatasetName)}. These are <em>claims</em>, not facts: each records who said what, when, and where it was reported. Figures keep their stated bounds as exact intervals.</p>\n");
        sb.Append("<nav><a href=\"#claims\">Claims</a><a href=\"#comparisons\">Comparisons</a><a href=\"#checks\">Checks</a><a href=\"#charts\">Charts</a><a href=\"#sources\">Sources and licences</a></nav>\n</header>\n");

        Claims(sb, m);
        Comparisons(sb, m);
        Checks(sb, m);
        Charts(sb, m);
        Footer(sb);
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Claims(StringBuilder sb, ReportModel m)
    {
        var inv = CultureInfo.InvariantCulture;
        sb.Append("<section id=\"claims\">\n<h2>Claims</h2>\n<table>\n<thead><tr><th>id</th><th>as printed</th><th>means</th><th>period</th><th>claimant</th><th>first published</th></tr></thead>\n<tbody>\n");
        foreach (var c in m.Claims)
        {
            sb.Append(inv, $"<tr><td><a href=\"#claim-{Html.Esc(c.Id)}\"><code>{Html.Esc(c.Id)}</code></a></td><td>{Html.Esc(c.Figure.Text)}</td><td>{Html.Esc(c.Figure.ToString("D", inv))}</td><td>{Html.Esc(c.Period.ToString())}</td><td>{Html.Esc(c.Claimant.Name)}</td><td>{Html.Esc(c.FirstAppearance.Source.Outlet)}, {Html.Esc(c.FirstAppearance.Source.Date.ToString("yyyy-MM-dd", inv))}</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
        foreach (var c in m.Claims)
        {
            sb.Append(inv, $"<article class=\"claim\" id=\"claim-{Html.Esc(c.Id)}\">\n<h3><code>{Html.Esc(c.Id)}</code>: {Html.Esc(c.Figure.Text)}</h3>\n<dl>\n");
            Def(sb, "Subject", c.Subject);
            Def(sb, "Figure as printed", c.Figure.Text);
            Def(sb, "Stated bound", c.Figure.Bound.ToName());
            Def(sb, "Means", c.Figure.ToString("D", inv));
            Def(sb, "Interval", c.Figure.ToString("I", inv));
            Def(sb, "Period", c.Period.ToString());
            Def(sb, "Claimant", c.Claimant.ToString());
            Def(sb, "Topics", string.Join(", ", c.Topics));
            Def(sb, "Countries", string.Join(", ", c.Countries));
            Def(sb, "Citation", c.Citation);
            if (c.Notes is not null)
            {
                Def(sb, "Notes", c.Notes);
            }

            sb.Append("</dl>\n");
            sb.Append(inv, $"<h4>Appearances ({c.Appearances.Count})</h4>\n");
            foreach (var a in c.Appearances)
            {
                sb.Append("<blockquote>").Append(Html.Esc(a.Quote)).Append("</blockquote>\n");
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

            sb.Append("</article>\n");
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

        sb.Append("<p>Claims that share topics and whose units convert into each other, held against each other with conservative interval arithmetic (the true value is never outside the result).</p>\n");
        sb.Append("<table>\n<thead><tr><th>A</th><th>B</th><th>result</th><th>how it was computed</th></tr></thead>\n<tbody>\n");
        foreach (var v in m.Comparisons)
        {
            sb.Append("<tr><td><a href=\"#claim-").Append(Html.Esc(v.A.Id)).Append("\"><code>").Append(Html.Esc(v.A.Id)).Append("</code></a><br>").Append(Html.Esc(v.A.Figure.Text)).Append("</td>");
            sb.Append("<td><a href=\"#claim-").Append(Html.Esc(v.B.Id)).Append("\"><code>").Append(Html.Esc(v.B.Id)).Append("</code></a><br>").Append(Html.Esc(v.B.Figure.Text)).Append("</td><td>");
            foreach (var l in v.Lines)
            {
                sb.Append(Html.Esc(l.Name)).Append(": <strong>").Append(Html.Esc(Analysis.Comparisons.Fmt(l.Result))).Append("</strong><br>");
            }

            sb.Append(Html.Esc(v.Summary)).Append("</td><td>");
            sb.AppendJoin("<br>", v.Lines.Select(l => Html.Esc(l.Explanation)));
            sb.Append("</td></tr>\n");
        }

        foreach (var (a, b, problem) in m.ComparisonProblems)
        {
            sb.Append("<tr><td><code>").Append(Html.Esc(a.Id)).Append("</code></td><td><code>").Append(Html.Esc(b.Id)).Append("</code></td><td colspan=\"2\" class=\"muted\">Not compared: ").Append(Html.Esc(problem)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Checks(StringBuilder sb, ReportModel m)
    {
        sb.Append("<section id=\"checks\">\n<h2>Checks against reference data</h2>\n");
        sb.Append("<p>Each claim held against the shipped reference data (series and figures reported by others). <em>verification</em>: the reference measures what the claim states; <em>sensitivity</em>: the same under another reading or assumption; <em>context</em>: a related figure, whose verdict says only whether the numbers agree (a disagreement is no refutation); <em>proxy</em>: a reference that stands in for what the claim states; <em>single-instance</em>: one instance of what the claim generalises (neither is a verification).</p>\n");
        sb.Append("<p>Declared checks: ").Append(m.ChecksFile is null ? "the shipped article's (<code>data/checks.csv</code>)" : "<code>" + Html.Esc(m.ChecksFile) + "</code>").Append(".</p>\n");
        if (m.Assumptions.Count > 0)
        {
            sb.Append("<p>Assumptions from the command line (filling in what a declared check leaves unstated): ").AppendJoin("; ", m.Assumptions.Select(Html.Esc)).Append(".</p>\n");
        }

        sb.Append("<table>\n<thead><tr><th>claim</th><th>figure</th><th>role</th><th>verdict</th><th>reference (claim's unit)</th><th>margin</th><th>why</th><th>sources</th></tr></thead>\n<tbody>\n");
        foreach (var r in m.Checks)
        {
            var cls = r.Shown == r.Verdict ? "verdict-" + new string(r.Verdict.Where(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-').ToArray()) : "verdict-" + Html.Esc(r.Role);
            sb.Append("<tr><td><a href=\"#claim-").Append(Html.Esc(r.Claim.Id)).Append("\"><code>").Append(Html.Esc(r.Claim.Id)).Append("</code></a></td>");
            sb.Append("<td>").Append(Html.Esc(r.Claim.Figure.Text)).Append("</td>");
            sb.Append("<td>").Append(Html.Esc(r.Role)).Append("</td>");
            sb.Append("<td class=\"").Append(cls).Append("\">").Append(Html.Esc(r.Shown)).Append("</td>");
            sb.Append("<td>").Append(Html.Esc(r.Reference ?? "—")).Append("</td>");
            sb.Append("<td>").Append(Html.Esc(r.Margin ?? "—")).Append("</td>");
            sb.Append("<td>").Append(Html.Esc(r.Note));
            if (r.Result is not null || r.Verdict == "not computed")
            {
                sb.Append("<br><span class=\"muted\">").Append(Html.Esc(r.Explanation)).Append("</span>");
            }

            if (r.Assumptions.Count > 0)
            {
                sb.Append("<br><span class=\"muted\">Assumptions: ").Append(Html.Esc(string.Join("; ", r.Assumptions))).Append("</span>");
            }

            sb.Append("</td>");
            sb.Append("<td>").AppendJoin("<br>", r.Citations.Select(Html.Esc)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
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
                sb.Append("<figcaption><strong>").Append(Html.Esc(c.Spec.Title)).Append("</strong>. Claims: ").Append(Html.Esc(ids)).Append('.');
                foreach (var line in c.Caption)
                {
                    sb.Append("<br>").Append(Html.Esc(line));
                }

                sb.Append("</figcaption>\n</figure>\n");
            }
            else if (c.Problem is not null)
            {
                sb.Append("<p class=\"muted\">").Append(Html.Esc(c.Spec.Title)).Append(" (").Append(Html.Esc(ids)).Append("): not drawn: ").Append(Html.Esc(c.Problem)).Append("</p>\n");
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
        sb.Append("<p>Claims quote their publications (quotes and citations only, never whole texts). Reference data: World Bank Commodity Price Data (The Pink Sheet), CC BY 4.0; ");
        sb.Append("European Central Bank euro foreign exchange reference rates (reuse with acknowledgement); Board of Governors of the Federal Reserve System, H.15, via FRED; ");
        sb.Append("BP Statistical Review of World Energy, approximate conversion factors (cited). See THIRD-PARTY-NOTICES.md and data/SOURCES.md in the repository.</p>\n");
        sb.Append("<p class=\"muted\">Generated by energy-figures ").Append(Html.Esc(version)).Append(".</p>\n</footer>\n");
    }

    private static void Def(StringBuilder sb, string name, string value) =>
        sb.Append("<dt>").Append(Html.Esc(name)).Append("</dt><dd>").Append(Html.Esc(value)).Append("</dd>\n");
}
