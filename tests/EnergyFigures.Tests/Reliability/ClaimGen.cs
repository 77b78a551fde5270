using System.Globalization;
using System.Text;
using EnergyFigures.Claims;
using EnergyFigures.Units;
using FsCheck;
using FsCheck.Fluent;
using EnergyFigures.Errors;

namespace EnergyFigures.Tests.Reliability;

/// <summary>
/// Random valid claims with hostile-looking but legal content. FsCheck draws a seed per batch; the batch is
/// then built with <see cref="Random"/> from that seed (much faster than composing 100,000 claims from
/// FsCheck generators, and just as reproducible: a failure names the seed).
/// </summary>
public static class ClaimGen
{
    public static readonly string[] Units =
    [
        "USD/1000 m3", "USD", "EUR/MWh", "percent/year", "percent", "pp", "bcm/year", "USD/MMBtu", "USD/bbl", "1", "RUB/1000 m3",
        "GBP/therm", "Mt/year", "t", "EUR", "bp", "index", "USD*bcm/year", "mcm/day", "0.5 t/GJ", "BYN/1000 m3", "USD/t",
    ];

    /// <summary>Pieces of text: words, punctuation that CSV must quote, RTL and combining marks, emoji.</summary>
    private static readonly string[] Pieces =
    [
        "gas", "price", " ", " ", "Belarus", "Газпром", "مرحبا", "שלום", "\u202Eevil\u202C", "\u200F", "\u200D", "e\u0301", "a\u0308\u0323",
        "🔥", "👩‍👩‍👧", "🇧🇾", ",", "\"", "\"\"", "'", ";", "=", "+", "-", "@", "%", "$", "€", "<script>", "&amp;", "\\", "…", "\u00A0", "\u2028", "\uFEFF",
    ];

    private static readonly string[] FormulaStarts = ["", "", "", "=", "+", "-", "@", "'", "'=", "''"];
    private static readonly string[] MultilineStarts = ["", "", "\t", "\r", "\n", "=", "-", "@", "\r\n"];
    private static readonly string[] Breaks = ["\n", "\r\n", "\t", "\n\n", "\r"];
    private static readonly string[] Ends = ["x", "Gas", "٣", "ß", "🔥"];
    private static readonly string[] Countries = ["BY", "RU", "DE", "US", "UA", "PL"];
    private static readonly Unit[] ParsedUnits = Units.Select(Unit.Parse).ToArray();
    private static readonly BoundKind[] Bounds = Enum.GetValues<BoundKind>();
    private static readonly Scale[] Scales = Enum.GetValues<Scale>();

    /// <summary>A batch of <paramref name="count"/> claims with unique ids, from a seed FsCheck draws.</summary>
    public static Gen<(int Seed, Claim[] Claims)> Batch(int count) =>
        Gen.Choose(0, int.MaxValue).Select(seed => (seed, Build(seed, count)));

    /// <summary>Builds the claims in chunks of 1,000 on all cores; each chunk has its own generator from the seed.</summary>
    public static Claim[] Build(int seed, int count)
    {
        var claims = new Claim[count];
        Parallel.For(0, (count + 999) / 1000, chunk =>
        {
            var r = new Random(HashCode.Combine(seed, chunk));
            for (int i = chunk * 1000; i < Math.Min(count, (chunk + 1) * 1000); i++)
            {
                claims[i] = Claim(r, string.Create(CultureInfo.InvariantCulture, $"c{seed}-{i}"));
            }
        });
        return claims;
    }

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];

    /// <summary>A non-empty single-line text (no control characters), possibly starting like a formula.</summary>
    public static string Line(Random r)
    {
        var sb = new StringBuilder(Pick(r, FormulaStarts));
        for (int n = r.Next(5); n > 0; n--)
        {
            sb.Append(Pick(r, Pieces));
        }

        return sb.Append(Pick(r, Ends)).ToString();
    }

    /// <summary>A text that may hold line breaks and tabs (quote, notes).</summary>
    public static string Multiline(Random r)
    {
        var sb = new StringBuilder(Pick(r, MultilineStarts));
        for (int n = r.Next(1, 3); n > 0; n--)
        {
            sb.Append(r.Next(3) == 0 ? Pick(r, Breaks) : Line(r));
        }

        return sb.ToString();
    }

    /// <summary>An item of a ';' list: non-empty, no ';', no surrounding white space.</summary>
    private static string ListItem(Random r)
    {
        var s = Line(r).Replace(";", string.Empty, StringComparison.Ordinal).Trim();
        return s.Length == 0 ? "item" : s;
    }

    /// <summary>A decimal with 1 to 28 significant digits, any scale, printed digits kept (e.g. 1.50).</summary>
    public static decimal Decimal(Random r)
    {
        int digits = r.Next(1, 29);
        var chars = new char[digits];
        for (int i = 0; i < digits; i++)
        {
            chars[i] = (char)('0' + r.Next(10));
        }

        var text = new string(chars);
        int point = r.Next(digits + 1);
        var withPoint = point == 0 ? text : point == digits ? "0." + text : text[..^point] + "." + text[^point..];
        var value = decimal.Parse(withPoint, CultureInfo.InvariantCulture);
        return r.Next(3) == 0 && value != 0m ? -value : value;
    }

    private static DateOnly Date(Random r) => DateOnly.FromDayNumber(r.Next(1, 3_650_000));

    private static Period Period(Random r)
    {
        var inv = CultureInfo.InvariantCulture;
        int y = r.Next(1, 10000);
        return r.Next(5) switch
        {
            0 => EnergyFigures.Period.Year(y),
            1 => EnergyFigures.Period.Parse(string.Create(inv, $"{y:D4}-Q{r.Next(1, 5)}")),
            2 => EnergyFigures.Period.Month(y, r.Next(1, 13)),
            3 => EnergyFigures.Period.Day(Date(r)),
            _ => EnergyFigures.Period.Parse(string.Create(inv, $"{Math.Min(y, 9000):D4}/{Math.Min(y, 9000) + r.Next(1000):D4}")),
        };
    }

    private static Figure Figure(Random r)
    {
        var bound = Pick(r, Bounds);
        decimal v = Decimal(r), w = Decimal(r), t = Math.Abs(Decimal(r));
        if (t == 0m)
        {
            t = 1m;
        }

        bool range = bound == BoundKind.Range;
        bool tolerance = bound == BoundKind.PlusMinus || (bound == BoundKind.Approximately && r.Next(2) == 0);
        var (text, unit, scale) = (Line(r), Pick(r, ParsedUnits), Pick(r, Scales));
        try
        {
            return EnergyFigures.Figure.Create(text, bound, range ? Math.Min(v, w) : v, unit, scale, range ? Math.Max(v, w) : null, tolerance ? t : null);
        }
        catch (EnergyFiguresException e) when (e.Code == ErrorCodes.ScaledValueOutOfRange)
        {
            // Values that do not fit a decimal once scaled are refused (issue 13 item 7); keep them unscaled.
            return EnergyFigures.Figure.Create(text, bound, range ? Math.Min(v, w) : v, unit, Scale.None, range ? Math.Max(v, w) : null, tolerance ? t : null);
        }
    }

    private static string? Optional(Random r, Func<Random, string> g) => r.Next(3) == 0 ? null : g(r);

    private static readonly string[] UrlPieces = ["a", "b", "%20", "é", "?q=1", "&x=", "-", "_", "/"];

    private static Publication Publication(Random r)
    {
        Uri? url = null;
        if (r.Next(2) == 0)
        {
            var path = string.Concat(Enumerable.Range(0, r.Next(5)).Select(_ => Pick(r, UrlPieces)));
            url = new Uri("https://example.org/" + path);
        }

        return new Publication(Line(r), Optional(r, Line), Line(r), Date(r), url, Optional(r, Line));
    }

    private static Appearance Appearance(Random r, Figure figure) =>
        new(
            Multiline(r) + figure.Text + Multiline(r),
            r.Next(2) == 0 ? QuoteKind.Verbatim : QuoteKind.Summary,
            r.Next(3) == 0 ? default : EnergyFigures.Period.Day(Date(r)),
            new EquatableArray<string>(Enumerable.Range(0, r.Next(3)).Select(_ => ListItem(r))),
            Publication(r));

    private static Claim Claim(Random r, string id)
    {
        var figure = Figure(r);
        return new Claim(
            id,
            Line(r),
            Period(r),
            new Claimant(Line(r), Optional(r, Line)),
            figure,
            new EquatableArray<Appearance>(Enumerable.Range(0, r.Next(1, 3)).Select(_ => Appearance(r, figure)).ToArray()),
            new EquatableArray<string>(Enumerable.Range(0, r.Next(3)).Select(_ => ListItem(r))),
            new EquatableArray<string>(Enumerable.Range(0, r.Next(3)).Select(_ => Pick(r, Countries))),
            Optional(r, Multiline));
    }
}
