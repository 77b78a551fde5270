using System.Globalization;
using System.Text;
using EnergyFigures.Claims;
using EnergyFigures.Units;

namespace EnergyFigures.Charts;

/// <summary>Invariant number formatting and caption text for charts.</summary>
internal static class ChartText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// A number for a label, by the policy of <see cref="Formatting.Readable"/>: exact when short (127, 1.5), else four
    /// significant digits and ≈; millions and up in words (8.355 billion), so a label stays short.
    /// </summary>
    public static string Number(decimal v)
    {
        var (div, word) = Scale(Math.Abs(v));
        return Formatting.Readable.Number(v / div) + word;
    }

    /// <summary>A range for a label: <c>8.355–8.365 billion</c>, <c>9.5–10.5</c>; shortened ends rounded outward and marked ≈.</summary>
    public static string Range(decimal low, decimal high)
    {
        var (div, word) = Scale(Math.Max(Math.Abs(low), Math.Abs(high)));
        var text = Formatting.Readable.Interval(Numerics.Interval.Closed(Math.Min(low, high) / div, Math.Max(low, high) / div));
        var approx = text.StartsWith('≈');
        text = text.TrimStart('≈', ' ');
        if (text.StartsWith('['))
        {
            text = text[1..^1].Replace(", ", "–", StringComparison.Ordinal);
        }

        return (approx ? "≈ " : string.Empty) + text + word;
    }

    /// <summary>An axis tick label: grouped, with fewer decimals the larger it is (127, 99.2, 1.5, 0.25); ticks are round numbers.</summary>
    public static string Tick(double v)
    {
        if (!(Math.Abs(v) < 1e15))
        {
            return v.ToString("N0", Inv);
        }

        var d = (decimal)v;
        var a = Math.Abs(d);
        var format = a >= 100m ? "#,0" : a >= 10m ? "#,0.#" : "#,0.##";
        var s = d.ToString(format, Inv);
        return s == "-0" ? "0" : s;
    }

    private static (decimal Divisor, string Word) Scale(decimal abs) =>
        abs >= 1_000_000_000_000m ? (1_000_000_000_000m, " trillion")
        : abs >= 1_000_000_000m ? (1_000_000_000m, " billion")
        : abs >= 1_000_000m ? (1_000_000m, " million")
        : (1m, string.Empty);

    /// <summary>A category label that fits beside the bars: wrapped at words into at most three lines of 190 px, shortened with … beyond that.</summary>
    public static string CategoryLabel(string text) => Chart.FitLabel(text, 13, false, 190, 3);

    /// <summary>A caption line giving in full the labels <see cref="CategoryLabel"/> had to shorten; null when none was.</summary>
    public static string? FullLabels(IEnumerable<string> labels)
    {
        var cut = labels.Where(l => CategoryLabel(l).EndsWith('…')).Distinct(StringComparer.Ordinal).ToList();
        return cut.Count == 0 ? null : "Labels in full: " + string.Join("; ", cut.Select(l => $"“{l}”")) + ".";
    }

    /// <summary>A unit for people: <c>USD per 1,000 m³</c>, <c>percent per year</c>.</summary>
    public static string UnitName(Unit unit) => unit.ToString("N", Inv);

    /// <summary>Wraps text to lines of at most <paramref name="width"/> characters (never breaking a word).</summary>
    public static string Wrap(string text, int width) =>
        string.Join('\n', text.Split('\n').Select(line => WrapLine(line, width)));

    private static string WrapLine(string text, int width)
    {
        var sb = new StringBuilder();
        var line = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line > 0 && line + 1 + word.Length > width)
            {
                sb.Append('\n');
                line = 0;
            }
            else if (line > 0)
            {
                sb.Append(' ');
                line++;
            }

            sb.Append(word);
            line += word.Length;
        }

        return sb.ToString();
    }

    /// <summary>Lower-cases the first letter of a phrase starting a clause ("Energy content" → "energy content"), not of an acronym.</summary>
    public static string LowerFirst(string s) =>
        s.Length > 1 && char.IsUpper(s[0]) && char.IsLower(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    /// <summary><c>3–6 Feb 2020</c>, <c>2020</c>, <c>Feb 2020</c>.</summary>
    public static string Period(Period p)
    {
        if (p.IsDefault)
        {
            return "date not known";
        }

        var s = p.Start;
        var e = p.End;
        if (s.Day == 1 && s.Month == 1 && e.Month == 12 && e.Day == 31)
        {
            return s.Year == e.Year ? s.Year.ToString(Inv) : $"{s.Year.ToString(Inv)}–{e.Year.ToString(Inv)}";
        }

        if (s == e)
        {
            return s.ToString("d MMM yyyy", Inv);
        }

        if (s.Year == e.Year && s.Month == e.Month)
        {
            return s.Day == 1 && e.Day == DateTime.DaysInMonth(e.Year, e.Month)
                ? s.ToString("MMM yyyy", Inv)
                : $"{s.Day.ToString(Inv)}–{e.ToString("d MMM yyyy", Inv)}";
        }

        return $"{s.ToString("d MMM yyyy", Inv)} – {e.ToString("d MMM yyyy", Inv)}";
    }

    /// <summary>
    /// Source lines for claims: claims with the same citation share a line, e.g.
    /// <c>Claims “$127 per 1,000 cubic meters”, “under $100”: Alexander Lukashenko, via BelTA, in Global Research, 2020-02-06 (originally OneWorld).</c>
    /// </summary>
    public static IEnumerable<string> ClaimSources(IEnumerable<Claim> claims)
    {
        var groups = new List<(string Citation, List<string> Figures)>();
        foreach (var c in claims.DistinctBy(c => c.Id))
        {
            var cit = Citation(c);
            var g = groups.FindIndex(x => x.Citation == cit);
            if (g < 0)
            {
                groups.Add((cit, [c.Figure.Text]));
            }
            else
            {
                groups[g].Figures.Add(c.Figure.Text);
            }
        }

        foreach (var (cit, figures) in groups)
        {
            var quoted = string.Join(", ", figures.Select(f => "“" + f + "”"));
            yield return $"{(figures.Count == 1 ? "Claim" : "Claims")} {quoted}: {cit}.";
        }
    }

    private static string Citation(Claim c)
    {
        var orig = c.FirstAppearance.Source.OriginallyPublishedIn;
        return orig is null ? c.Citation : $"{c.Citation} (originally {orig})";
    }

    public static string SeriesSource(ChartSeries s) =>
        $"Series “{s.Name}”: {s.Source.Publisher}, {s.Source.Title}{(s.Source.Licence is { } l ? "; licence " + l : string.Empty)}.";

    public static string ReferenceSource(string label, Citation c) =>
        $"Reference “{label}”: {c.Publisher}, {c.Title}{(c.Licence is { } l ? "; licence " + l : string.Empty)}.";

    public static string AssumptionLine(Assumption a)
    {
        var v = a.Value.Interval.IsPoint
            ? Number(a.Value.Interval.Low!.Value)
            : Range(a.Value.Interval.Low ?? 0m, a.Value.Interval.High ?? 0m);
        var asOf = a.AsOf is { } d ? " on " + Date(d) : string.Empty;
        return $"Assumption: {a.Description} = {v} {UnitName(a.Value.Unit)}{asOf} ({a.Source.Publisher}, {a.Source.Title}).";
    }
}
