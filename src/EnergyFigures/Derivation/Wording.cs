using System.Globalization;
using EnergyFigures.Numerics;
using EnergyFigures.Units;

namespace EnergyFigures.Derivation;

/// <summary>
/// Words for amounts in explanations: <c>$127 per 1,000 m³</c>, <c>more than 27%</c>, <c>between 2.5 and
/// 4.5 percentage points</c>, <c>$540 million per year</c>. Stated values are printed exactly; computed
/// ends longer than six significant digits are rounded to four, outward (low ends down, high ends up), so
/// the words stay true of the result.
/// </summary>
internal static class Wording
{
    private enum Rounding
    {
        Exact,
        Nearest,
        Down,
        Up,
    }

    private readonly record struct UnitWords(string Prefix, string EndSuffix, string Tail, bool Money);

    /// <summary>The figure as stated, with its unit in words: <c>under $100 per 1,000 m³</c>, <c>from 4% to 6% per year</c>.</summary>
    internal static string Stated(Figure figure)
    {
        var w = Words(figure.Unit);
        var scale = figure.Scale == Scale.None ? string.Empty : " " + figure.Scale.ToName();
        string E(decimal v) => (v < 0 ? "−" : string.Empty) + w.Prefix + DecimalText.Grouped(Math.Abs(v), CultureInfo.InvariantCulture) + scale + w.EndSuffix;
        var v = figure.Value;
        return figure.Bound switch
        {
            BoundKind.Exact => E(v),
            BoundKind.Under => "under " + E(v),
            BoundKind.AtMost => "at most " + E(v),
            BoundKind.Over => "over " + E(v),
            BoundKind.AtLeast => "at least " + E(v),
            BoundKind.Range => "from " + E(v) + " to " + E(figure.ValueHigh!.Value),
            BoundKind.Approximately => "about " + E(v),
            BoundKind.PlusMinus => E(v) + " ± " + E(figure.Tolerance!.Value),
            _ => figure.Text,
        } + w.Tail;
    }

    /// <summary>Whether a stated bound reads as a value (exact, range, about) rather than a limit (under, over).</summary>
    internal static bool ReadsAsValue(BoundKind bound) => bound is BoundKind.Exact or BoundKind.Range or BoundKind.Approximately or BoundKind.PlusMinus;

    /// <summary>An interval with its unit in words: <c>more than 27%</c>, <c>between $16.66 billion and $25 billion</c>.</summary>
    internal static string Amount(Interval interval, Unit unit)
    {
        if (interval.IsEmpty)
        {
            return "no value (the inputs are inconsistent)";
        }

        if (!interval.HasLow && !interval.HasHigh)
        {
            return "any value (unbounded both ways)";
        }

        var w = Words(unit);
        decimal divisor = 1m;
        string scale = string.Empty;
        if (w.Money)
        {
            var big = Math.Max(Math.Abs(interval.Low ?? 0m), Math.Abs(interval.High ?? 0m));
            (divisor, scale) = big >= 1_000_000_000m ? (1_000_000_000m, " billion") : big >= 1_000_000m ? (1_000_000m, " million") : (1m, string.Empty);
        }

        string E(decimal v, Rounding r)
        {
            var x = v / divisor;
            var text = Number(Math.Abs(x), x < 0 ? Flip(r) : r);
            return (x < 0 ? "−" : string.Empty) + w.Prefix + text + scale + w.EndSuffix;
        }

        string words;
        if (interval.IsPoint)
        {
            var v = interval.Low!.Value;
            words = Short(v / divisor) ? E(v, Rounding.Exact) : "about " + E(v, Rounding.Nearest);
        }
        else if (!interval.HasHigh)
        {
            words = (interval.LowOpen ? "more than " : "at least ") + E(interval.Low!.Value, Rounding.Down);
        }
        else if (!interval.HasLow)
        {
            words = (interval.HighOpen ? "less than " : "at most ") + E(interval.High!.Value, Rounding.Up);
        }
        else
        {
            var lo = E(interval.Low!.Value, Rounding.Down);
            var hi = E(interval.High!.Value, Rounding.Up);
            words = (interval.LowOpen, interval.HighOpen) switch
            {
                (false, false) => $"between {lo} and {hi}",
                (true, true) => $"more than {lo} and less than {hi}",
                (true, false) => $"more than {lo} and at most {hi}",
                (false, true) => $"at least {lo} and less than {hi}",
            };
        }

        return words + w.Tail;
    }

    private static Rounding Flip(Rounding r) => r switch
    {
        Rounding.Down => Rounding.Up,
        Rounding.Up => Rounding.Down,
        _ => r,
    };

    private static bool Short(decimal x) => Formatting.Readable.IsShownExactly(x);

    private static string Number(decimal x, Rounding r) => r == Rounding.Exact
        ? DecimalText.Grouped(x, CultureInfo.InvariantCulture)
        : Formatting.Readable.Directed(x, r switch
        {
            Rounding.Down => MidpointRounding.ToNegativeInfinity,
            Rounding.Up => MidpointRounding.ToPositiveInfinity,
            _ => MidpointRounding.AwayFromZero,
        });

    private static UnitWords Words(Unit unit)
    {
        var natural = unit.ToString("N", CultureInfo.InvariantCulture);
        int per = natural.IndexOf(" per ", StringComparison.Ordinal);
        var num = per >= 0 ? natural[..per] : natural;
        var tail = per >= 0 ? natural[per..] : string.Empty;
        return num switch
        {
            "USD" => new UnitWords("$", string.Empty, tail, true),
            "EUR" => new UnitWords("€", string.Empty, tail, true),
            "%" => new UnitWords(string.Empty, "%", tail, false),
            "percentage points" => new UnitWords(string.Empty, string.Empty, " percentage points" + tail, false),
            "ratio" => new UnitWords(string.Empty, string.Empty, tail, false),
            _ when unit.Currency is { } c && num == c => new UnitWords(string.Empty, string.Empty, " " + num + tail, true),
            _ => new UnitWords(string.Empty, string.Empty, " " + num + tail, false),
        };
    }
}
