using System.Globalization;
using EnergyFigures.Checks;
using EnergyFigures.Derivation;
using EnergyFigures.Numerics;
using EnergyFigures.Reference;

namespace EnergyFigures.Notebooks;

/// <summary>HTML for derived figures (with how they were computed and their citations), checks (with their verdict) and reference series.</summary>
internal static partial class HtmlRenderer
{
    private static partial bool TryWriteResults(object? instance, TextWriter writer)
    {
        switch (instance)
        {
            case DerivedFigure derived:
                WriteDerived(derived, writer);
                return true;
            case CheckResult check:
                WriteCheck(check, writer);
                return true;
            case ReferenceSeries series:
                WriteSeries(series, writer);
                return true;
            default:
                return false;
        }
    }

    /// <summary>An interval for people, then the unit in words, by the one policy of <see cref="Formatting.Readable"/>.</summary>
    internal static string Show(Interval interval, Units.Unit unit) => $"{ShowNumber(interval)} {unit.ToString("N", CultureInfo.InvariantCulture)}";

    internal static string ShowNumber(Interval interval) => Formatting.Readable.Interval(interval);

    private static void Citations(TextWriter w, IEnumerable<Citation> citations)
    {
        var list = citations.ToArray();
        if (list.Length == 0)
        {
            return;
        }

        w.Write("<div style=\"margin-top:4px\"><b>Sources</b><ol style=\"margin:2px 0\">");
        foreach (var c in list)
        {
            w.Write("<li>");
            w.Write(E(c.Publisher));
            w.Write(", ");
            w.Write(Linked(c.Title, c.Url));
            if (c.Licence is not null)
            {
                w.Write(" (");
                w.Write(E(c.Licence));
                w.Write(')');
            }

            w.Write("</li>");
        }

        w.Write("</ol></div>");
    }

    private static string Linked(string text, Uri? url) =>
        url is { IsAbsoluteUri: true } u && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp)
            ? "<a href=\"" + E(u.AbsoluteUri) + "\" rel=\"noopener noreferrer\">" + E(text) + "</a>"
            : E(text);

    private static void List(TextWriter w, string title, IEnumerable<string> items)
    {
        var list = items.ToArray();
        if (list.Length == 0)
        {
            return;
        }

        w.Write("<div style=\"margin-top:4px\"><b>");
        w.Write(E(title));
        w.Write("</b><ul style=\"margin:2px 0\">");
        foreach (var item in list)
        {
            w.Write("<li>");
            w.Write(E(item));
            w.Write("</li>");
        }

        w.Write("</ul></div>");
    }

    private static void WriteDerived(DerivedFigure f, TextWriter w)
    {
        w.Write("<div class=\"ef-derived\" style=\"text-align:left\"><div style=\"font-size:1.1em\"><b>");
        w.Write(E(f.Label ?? f.Operation switch
        {
            Operation.Difference or Operation.Ratio or Operation.Premium or Operation.Spread => f.Operation.ToString(),
            Operation.Order => "Comparison",
            _ => "Result",
        }));
        w.Write("</b>: ");
        w.Write(E(Show(f.Interval, f.Unit)));
        if (f.Ordering is { } ordering)
        {
            w.Write(" — ");
            w.Write(E(ordering.ToString()));
        }

        w.Write("</div><div style=\"margin-top:4px\"><b>How computed:</b> ");
        w.Write(E(f.Explain()));
        w.Write("</div>");
        List(w, "Assumptions", f.AllAssumptions().Select(a => $"{a.Id}: {a.Description} = {Show(a.Value.Interval, a.Value.Unit)} ({a.Source})"));
        List(w, "Notes", f.AllNotes());
        Citations(w, f.Citations());
        w.Write("</div>");
    }

    private static (string Colour, string Word) VerdictStyle(Verdict v) => v switch
    {
        Verdict.Consistent => ("#1a7f37", "consistent"),
        Verdict.Inconsistent => ("#cf222e", "inconsistent"),
        _ => ("#9a6700", "indeterminate"),
    };

    private static void WriteCheck(CheckResult r, TextWriter w)
    {
        var (colour, word) = VerdictStyle(r.Verdict);
        w.Write("<div class=\"ef-check\" style=\"text-align:left\"><div style=\"font-size:1.1em\"><b>Verdict: <span style=\"color:");
        w.Write(colour);
        w.Write("\">");
        w.Write(word);
        w.Write("</span></b> — <q>");
        w.Write(E(r.Claim.Figure.Text));
        w.Write("</q> (<code>");
        w.Write(E(r.Claim.Id));
        w.Write("</code>) against ");
        w.Write(E(r.ReferenceDescription));
        w.Write("</div>");
        OpenTable(w, "ef-check-values", string.Empty);
        w.Write("<tbody>");
        Row(w, "claim", E(Show(r.ClaimInterval.Interval, r.ClaimInterval.Unit)) + (r.ReadWithImpliedPrecision ? " (read with its implied precision)" : string.Empty));
        Row(w, "reference", E(Show(r.ReferenceInterval.Interval, r.ReferenceInterval.Unit)));
        Row(w, "margin", r.Margin is { } m ? E(Margin(m)) : null);
        Row(w, "reference values", E(string.Join("; ", r.ReferenceValues.Select(v => $"{v.Period}: {Show(v.Value.Interval, v.Value.Unit)}"))));
        w.Write("</tbody></table>");
        w.Write("<div style=\"margin-top:4px\"><b>How checked:</b> ");
        w.Write(E(r.Explanation));
        w.Write("</div>");
        List(w, "Assumptions", r.Assumptions.Select(a => $"{a.Id}: {a.Description} = {Show(a.Value.Interval, a.Value.Unit)} ({a.Source})"));
        List(w, "Notes", r.Notes);
        Citations(w, r.ReferenceCitations);
        w.Write("</div>");
    }

    private static string Margin(CheckMargin m)
    {
        var amount = Formatting.Readable.Number(Math.Abs(m.Absolute)) + " " + m.Unit.ToString("N", CultureInfo.InvariantCulture);
        var relative = m.Relative is { } r ? string.Create(CultureInfo.InvariantCulture, $" ({Math.Abs(r) * 100m:0.##}%)") : string.Empty;
        return $"{amount} {(m.Absolute >= 0 ? "inside" : "outside")} the bound {Formatting.Readable.Number(m.Bound)}{relative}";
    }

    private static void WriteSeries(ReferenceSeries s, TextWriter w)
    {
        const int Shown = 6;
        OpenTable(w, "ef-series", $"{s.Name} ({s.Id})");
        w.Write("<tbody>");
        Row(w, "unit", E(s.Unit.ToString("N", CultureInfo.InvariantCulture)) + " (<code>" + E(s.Unit.Symbol) + "</code>)");
        Row(w, "frequency", E(ReferenceSeries.Describe(s.Frequency)));
        Row(w, "coverage", E(s.Coverage.ToString()) + string.Create(CultureInfo.InvariantCulture, $", {s.Observations.Count} observations"));
        Row(w, "source", E(s.Citation.Publisher) + ", " + Linked(s.Citation.Title, s.Citation.Url) + (s.Citation.Licence is null ? string.Empty : " (" + E(s.Citation.Licence) + ")"));
        Row(w, "attribution", E(s.Attribution));
        Row(w, "notes", E(s.Notes));
        var obs = s.Observations;
        var shown = obs.Count <= 2 * Shown ? obs : [.. obs.Take(Shown), .. obs.Skip(obs.Count - Shown)];
        var values = string.Join(", ", shown.Select((o, k) => (obs.Count > 2 * Shown && k == Shown ? "…, " : string.Empty) + $"{o.Period}: {Formatting.Readable.Number(o.Value)}"));
        Row(w, "observations", E(values));
        w.Write("</tbody></table>");
    }
}
