using System.Globalization;
using EnergyFigures.Claims;

namespace EnergyFigures.Derivation;

/// <summary>Builds the one-sentence explanation of a derived figure, citing each source once ("same source" after).</summary>
internal sealed class Explainer
{
    private readonly HashSet<string> _cited = new(StringComparer.Ordinal);

    internal static string Explain(DerivedFigure figure)
    {
        var e = new Explainer();
        var sentence = e.Sentence(figure);
        var notes = figure.AllNotes();
        if (notes.Count > 0)
        {
            sentence += ", assuming " + string.Join(" and ", notes);
        }

        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    private static string Amount(DerivedFigure f) => Wording.Amount(f.Interval, f.Unit);

    private static string AmountNegated(DerivedFigure f) => Wording.Amount(-f.Interval, f.Unit);

    private string Sentence(DerivedFigure f)
    {
        var ordering = Compare.OrderingOf(f.Interval);
        bool positive = ordering == Ordering.CertainlyGreater;
        bool negative = f.Interval.High is { } h && h < 0m;
        switch (f.Operation)
        {
            case Operation.Claim:
            {
                var c = f.Claim!;
                return $"{c.Claimant.Name} stated the {LowerFirst(c.Subject)} as {Wording.Stated(c.Figure)} ({Cite(c)})";
            }

            case Operation.Premium:
            {
                var (a, b) = Pair(f);
                return positive ? $"{a} is {Amount(f)} above {b}"
                    : negative ? $"{a} is {AmountNegated(f)} below {b}"
                    : $"{a} differs from {b} by {Amount(f)} (a premium if positive, a discount if negative)";
            }

            case Operation.Difference:
            {
                var (a, b) = Pair(f);
                return positive ? $"{a} exceeds {b} by {Amount(f)}"
                    : negative ? $"{a} falls short of {b} by {AmountNegated(f)}"
                    : $"{a} minus {b} is {Amount(f)}";
            }

            case Operation.Spread:
            {
                var (a, b) = Pair(f);
                return positive ? $"{a} is {Amount(f)} above {b}"
                    : negative ? $"{a} is {AmountNegated(f)} below {b}"
                    : $"the spread between {a} and {b} is {Amount(f)}";
            }

            case Operation.Ratio:
            {
                var (a, b) = Pair(f);
                return $"{a} is {Amount(f)} times {b}";
            }

            case Operation.Order:
            {
                var (a, b) = Pair(f);
                return f.Ordering switch
                {
                    Ordering.CertainlyGreater => $"{a} is certainly greater than {b}, by {Amount(f)}",
                    Ordering.CertainlyNotGreater when f.Quantity.Interval is { HasHigh: true } d && (d.High < 0m || (d.High == 0m && d.HighOpen)) => $"{a} is certainly less than {b}, by {AmountNegated(f)}",
                    Ordering.CertainlyNotGreater => $"{a} is certainly not greater than {b} (the difference is {Amount(f)})",
                    _ => $"{a} may or may not be greater than {b} (the difference is {Amount(f)})",
                };
            }

            case Operation.Convert:
            {
                var a = Phrase(f.Inputs[0]);
                return $"{a} is {Amount(f)}{With(f)}";
            }

            default:
                return $"{Phrase(f)} is {Amount(f)}";
        }
    }

    private (string A, string B) Pair(DerivedFigure f)
    {
        var a = Phrase(f.Inputs[0]);
        var b = Phrase(f.Inputs[1]);
        return (a, b);
    }

    private string Phrase(DerivedFigure f)
    {
        switch (f.Operation)
        {
            case Operation.Claim:
            {
                var c = f.Claim!;
                var stated = Wording.Stated(c.Figure);
                var cite = Cite(c);
                if (f.Label is { } label)
                {
                    return $"{label} stated as {stated} ({cite})";
                }

                return Wording.ReadsAsValue(c.Figure.Bound) ? $"{stated} ({cite})" : $"a value stated as {stated} ({cite})";
            }

            case Operation.Given:
                return f.Label is { } l ? $"{l} {Amount(f)}" : Amount(f);
            case Operation.Assumption:
                return Assumption(f.Assumptions[0]);
            case Operation.Add:
                return $"the sum of {Phrase(f.Inputs[0])} and {Phrase(f.Inputs[1])}";
            case Operation.Subtract:
            case Operation.Difference:
            case Operation.Order:
                return $"the difference between {Phrase(f.Inputs[0])} and {Phrase(f.Inputs[1])}";
            case Operation.Multiply:
                return $"{Phrase(f.Inputs[0])} times {Phrase(f.Inputs[1])}";
            case Operation.Divide:
                return $"{Phrase(f.Inputs[0])} divided by {Phrase(f.Inputs[1])}";
            case Operation.Negate:
                return $"minus {Phrase(f.Inputs[0])}";
            case Operation.Convert:
                return $"{Phrase(f.Inputs[0])}{With(f)}";
            case Operation.Ratio:
                return $"the ratio of {Phrase(f.Inputs[0])} to {Phrase(f.Inputs[1])}";
            case Operation.Premium:
                return $"the premium of {Phrase(f.Inputs[0])} over {Phrase(f.Inputs[1])}";
            case Operation.Spread:
                return $"the spread between {Phrase(f.Inputs[0])} and {Phrase(f.Inputs[1])}";
            default:
                return Amount(f);
        }
    }

    private string With(DerivedFigure convert) =>
        convert.Assumptions.Count == 0 ? string.Empty : ", converted at " + string.Join(" and ", convert.Assumptions.Select(a => Article(a.Description) + Assumption(a)));

    private static string Article(string noun) => noun.Length > 0 && "aeiouAEIOU".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ";

    private string Assumption(Assumption a)
    {
        var date = a.AsOf is { } d ? " on " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        return $"{a.Description} of {Wording.Amount(a.Value.Interval, a.Value.Unit)}{date} ({Cite(a.Source.ToString())})";
    }

    private string Cite(Claim c) => Cite(c.Citation);

    private string Cite(string citation) => _cited.Add(citation) ? citation : "same source";

    private static string LowerFirst(string s) =>
        s.Length > 1 && char.IsUpper(s[0]) && !char.IsUpper(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;
}
