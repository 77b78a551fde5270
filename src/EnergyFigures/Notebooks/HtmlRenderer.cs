using System.Globalization;
using EnergyFigures.Claims;

namespace EnergyFigures.Notebooks;

/// <summary>
/// HTML for notebooks: claim sets as tables, claims, figures with their bounds. Every text taken from data
/// is HTML-encoded, so a quote containing <c>&lt;script&gt;</c> shows as text; links are written only for
/// absolute http and https URLs.
/// </summary>
internal static partial class HtmlRenderer
{
    private const string TableStyle = "border-collapse:collapse;text-align:left;font-size:0.92em";
    private const string CellStyle = "text-align:left;vertical-align:top;padding:2px 8px;border-bottom:1px solid #ddd";
    private const string HeadStyle = "text-align:left;vertical-align:bottom;padding:2px 8px;border-bottom:2px solid #888";

    /// <summary>Writes the HTML of a value this library formats.</summary>
    /// <param name="instance">The value.</param>
    /// <param name="writer">The output.</param>
    /// <returns><see langword="true"/> when the value is one of ours and was written.</returns>
    public static bool TryWrite(object? instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (instance)
        {
            case ClaimSet set:
                WriteClaimSet(set, writer);
                return true;
            case Claim claim:
                WriteClaim(claim, writer);
                return true;
            case Figure figure:
                WriteFigure(figure, writer);
                return true;
            default:
                return TryWriteResults(instance, writer);
        }
    }

    /// <summary>The HTML of a value, or null when it is not one of ours.</summary>
    /// <param name="instance">The value.</param>
    /// <returns>The HTML.</returns>
    public static string? ToHtml(object? instance)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        return TryWrite(instance, w) ? w.ToString() : null;
    }

    private static partial bool TryWriteResults(object? instance, TextWriter writer);

    /// <summary>
    /// HTML-encodes text from data for element content and quoted attribute values: <c>&amp;</c>, <c>&lt;</c>,
    /// <c>&gt;</c>, <c>"</c> and <c>'</c> become entities; every other character (³, →, −) stays readable.
    /// </summary>
    internal static string E(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? ch.ToString());
        }

        return sb.ToString();
    }

    internal static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Date(Claims.PublicationDate d) => d.ToString();

    internal static void Head(TextWriter w, params string[] columns)
    {
        w.Write("<thead><tr>");
        foreach (var c in columns)
        {
            w.Write($"<th style=\"{HeadStyle}\">");
            w.Write(E(c));
            w.Write("</th>");
        }

        w.Write("</tr></thead>");
    }

    internal static void Cell(TextWriter w, string? text, bool encoded = false)
    {
        w.Write($"<td style=\"{CellStyle}\">");
        w.Write(encoded ? text : E(text));
        w.Write("</td>");
    }

    internal static void OpenTable(TextWriter w, string cssClass, string caption)
    {
        w.Write($"<table class=\"{cssClass}\" style=\"{TableStyle}\">");
        if (caption.Length > 0)
        {
            w.Write("<caption style=\"text-align:left;font-weight:bold;padding:4px 0\">");
            w.Write(E(caption));
            w.Write("</caption>");
        }
    }

    private static void WriteClaimSet(ClaimSet set, TextWriter w)
    {
        OpenTable(w, "ef-claims", set.Count == 1 ? "1 claim" : string.Create(CultureInfo.InvariantCulture, $"{set.Count} claims"));
        Head(w, "id", "subject", "figure as stated", "meaning", "claimant", "outlet", "date");
        w.Write("<tbody>");
        foreach (var c in set)
        {
            var a = c.FirstAppearance;
            w.Write("<tr>");
            Cell(w, "<code>" + E(c.Id) + "</code>", encoded: true);
            Cell(w, c.Subject);
            Cell(w, "<q>" + E(c.Figure.Text) + "</q>", encoded: true);
            Cell(w, c.Figure.ToString("D", CultureInfo.InvariantCulture));
            Cell(w, c.Claimant.Name);
            Cell(w, a.Source.Outlet);
            Cell(w, "<span style=\"white-space:nowrap\">" + Date(a.Source.Date) + "</span>", encoded: true);
            w.Write("</tr>");
        }

        w.Write("</tbody></table>");
    }

    private static void Row(TextWriter w, string label, string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return;
        }

        w.Write($"<tr><th style=\"{CellStyle};font-weight:600;white-space:nowrap\">");
        w.Write(E(label));
        w.Write("</th>");
        Cell(w, html, encoded: true);
        w.Write("</tr>");
    }

    private static void WriteClaim(Claim c, TextWriter w)
    {
        OpenTable(w, "ef-claim", "Claim " + c.Id);
        w.Write("<tbody>");
        Row(w, "subject", E(c.Subject));
        Row(w, "figure as stated", "<q>" + E(c.Figure.Text) + "</q>");
        Row(w, "meaning", E(c.Figure.ToString("D", CultureInfo.InvariantCulture)));
        Row(w, "interval", "<code>" + E(c.Figure.ToString("I", CultureInfo.InvariantCulture)) + "</code> (bound: " + E(c.Figure.Bound.ToName()) + ")");
        Row(w, "period", E(c.Period.ToString()));
        Row(w, "claimant", E(c.Claimant.ToString()));
        foreach (var a in c.Appearances)
        {
            Row(w, a.QuoteKind == QuoteKind.Verbatim ? "quote" : "summary", "<blockquote style=\"margin:0\">" + E(a.Quote) + "</blockquote>");
            Row(w, "chain", E(a.DescribeChain(c.Claimant)));
            Row(w, "source", Source(a.Source));
        }

        Row(w, "topics", E(string.Join(", ", c.Topics)));
        Row(w, "countries", E(string.Join(", ", c.Countries)));
        Row(w, "notes", E(c.Notes));
        w.Write("</tbody></table>");
    }

    private static string Source(Publication p)
    {
        var title = E(p.Title);
        if (p.Url is { IsAbsoluteUri: true } u && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp))
        {
            title = "<a href=\"" + E(u.AbsoluteUri) + "\" rel=\"noopener noreferrer\">" + title + "</a>";
        }

        var by = p.Author is null ? string.Empty : ", " + E(p.Author);
        return $"{title}{by}, {E(p.Outlet)}, {Date(p.Date)}";
    }

    private static void WriteFigure(Figure f, TextWriter w)
    {
        w.Write("<div class=\"ef-figure\"><q>");
        w.Write(E(f.Text));
        w.Write("</q> — ");
        w.Write(E(f.ToString("D", CultureInfo.InvariantCulture)));
        w.Write(" <span style=\"color:#666\">(bound: ");
        w.Write(E(f.Bound.ToName()));
        w.Write("; interval <code>");
        w.Write(E(f.ToString("I", CultureInfo.InvariantCulture)));
        w.Write("</code>)</span></div>");
    }
}
