using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using EnergyFigures.Units;

namespace EnergyFigures.Extraction;

/// <summary>Completes units the text leaves implicit (docs/extraction.md §6): bare numbers after a figure with a unit, prices whose denominator is stated nearby or fixed by a benchmark, periods stated later in the clause, interest rates quoted per year, and zero premiums without a printed number.</summary>
internal static partial class UnitInference
{
    /// <summary>Words that may follow a bare number whose unit is inferred; any other word makes it a count ("6 mln households").</summary>
    internal static readonly FrozenSet<string> WordsAfterInferred = new[]
    {
        "in", "on", "at", "and", "or", "to", "from", "for", "by", "with", "the", "a", "an", "last", "this", "next", "than",
        "during", "since", "per", "each", "after", "before", "while", "but", "compared", "against", "respectively", "a", "year",
        "month", "week", "previously", "earlier", "now", "then", "so", "too", "as", "over", "under", "if", "when", "is", "was",
        "were", "are", "will", "would", "could", "be", "higher", "lower", "more", "less",
    }.ToFrozenSet(StringComparer.Ordinal);

    internal static void Infer(string text, List<Draft> drafts, List<(int Start, int End)> sentences)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Bare)
            {
                InferBare(text, drafts, i);
                continue;
            }

            // A period later in the clause: "$1 billion to Russia every year", "10 bcm of Norwegian gas a year".
            if (d.Den is null && !d.IsDuration && (d.Currency is not null || d.NumUnit is "bcm" or "m3" or "bbl" or "t"))
            {
                var lm = LaterPeriodRx().Match(text, d.End);
                if (lm.Success)
                {
                    d.Den = lm.Groups["p"].Value.ToLowerInvariant() switch
                    {
                        "day" or "daily" => "day",
                        "month" or "monthly" => "month",
                        _ => "year",
                    };
                    d.Inferred = true;
                    continue;
                }
            }

            // An interest rate, yield or coupon without a period is quoted per year by convention.
            if (d.NumUnit == "percent" && d.Den is null && IsInterestRate(text, d, sentences))
            {
                d.Den = "year";
                d.Inferred = true;
                continue;
            }

            // A bare price ("to $79.21", "about $47", "over $200"): the denominator of a price in the same
            // currency nearby, or the quoting unit of a benchmark named in the sentence.
            if (d.Currency is not null && d.NumUnit is null && d.Den is null && d.Scale == Scale.None)
            {
                var den = SameSentencePrice(drafts, i) ?? BenchmarkUnit(text, drafts, i, sentences) ?? PreviousPrice(drafts, i);
                if (den is not null)
                {
                    d.Den = den;
                    d.Inferred = true;
                }
            }
        }

        drafts.RemoveAll(d => d.Removed || d.Bare);
    }

    internal static void InferBare(string text, List<Draft> drafts, int i)
    {
        var d = drafts[i];
        var next = WordAfterRx().Match(text, d.End);
        if (next.Success && !WordsAfterInferred.Contains(next.Groups["w"].Value.ToLowerInvariant()))
        {
            d.Removed = true;
            return;
        }

        for (var j = i - 1; j >= 0; j--)
        {
            var r = drafts[j];
            if (d.Start - r.End > FigureExtractor.PriceReferenceWindow)
                break;
            if (r.Bare || r.Removed || r.IsZeroAmount)
                continue;
            var sameSentence = r.Sentence == d.Sentence;
            var ok = d.Scale != Scale.None
                ? (sameSentence || r.Sentence == d.Sentence - 1) && r.Scale != Scale.None
                : sameSentence;
            if (!ok)
            {
                if (r.Sentence < d.Sentence - 1)
                    break;
                continue;
            }

            d.Currency = r.Currency;
            d.NumUnit = r.NumUnit;
            d.Den = r.Den;
            if (d.Scale == Scale.None)
                d.Scale = r.Scale;
            d.Inferred = true;
            return;
        }

        d.Removed = true;
    }

    internal static bool IsInterestRate(string text, Draft d, List<(int Start, int End)> sentences)
    {
        if (sentences.Count == 0)
            return false;
        var (start, end) = sentences[d.Sentence];
        start = Math.Max(start, d.Start - FigureExtractor.ContextWindow);
        end = Math.Max(start, Math.Min(end, d.End + FigureExtractor.ContextWindow));
        if (!InterestContextRx().IsMatch(text.AsSpan(start, end - start)))
            return false;

        // "Loans to households grew 14.3%": a change, not a rate.
        var from = Math.Max(start, d.Start - 25);
        if (BoundReader.ChangeVerbRx().IsMatch(text.AsSpan(from, d.Start - from)))
            return false;

        // "the profit tax rate to 25%": a tax, share or ratio named just before the figure is not interest.
        from = Math.Max(start, d.Start - 40);
        return !NotInterestRx().IsMatch(text.AsSpan(from, d.Start - from));
    }

    internal static string? SameSentencePrice(List<Draft> drafts, int i)
    {
        var d = drafts[i];
        bool Usable(Draft r, bool after) =>
            !r.Removed && !r.DenFromBenchmark && !r.IsZeroAmount && r.Currency == d.Currency && r.Den is not null && r.NumUnit is null && r.Scale == Scale.None && !(after && r.Inferred);

        Draft? before = null, later = null;
        for (var j = i - 1; j >= 0 && drafts[j].Sentence == d.Sentence && d.Start - drafts[j].End <= FigureExtractor.PriceReferenceWindow; j--)
        {
            if (Usable(drafts[j], after: false))
            {
                before = drafts[j];
                break;
            }
        }

        for (var j = i + 1; j < drafts.Count && drafts[j].Sentence == d.Sentence && drafts[j].Start - d.End <= FigureExtractor.PriceReferenceWindow; j++)
        {
            if (Usable(drafts[j], after: true))
            {
                later = drafts[j];
                break;
            }
        }

        if (before is null || later is null)
            return (before ?? later)?.Den;
        return d.Start - before.Start <= later.Start - d.Start ? before.Den : later.Den;
    }

    internal static string? PreviousPrice(List<Draft> drafts, int i)
    {
        var d = drafts[i];
        for (var j = i - 1; j >= 0; j--)
        {
            var r = drafts[j];
            if (d.Start - r.End > FigureExtractor.PriceReferenceWindow)
                break;
            if (!r.Removed && !r.DenFromBenchmark && !r.IsZeroAmount && r.Currency == d.Currency && r.Den is not null && r.NumUnit is null && r.Scale == Scale.None)
                return r.Den;
        }

        return null;
    }

    internal static string? BenchmarkUnit(string text, List<Draft> drafts, int i, List<(int Start, int End)> sentences)
    {
        var d = drafts[i];
        var sentenceStart = Math.Max(sentences.Count > 0 ? sentences[d.Sentence].Start : 0, d.Start - FigureExtractor.ContextWindow);

        // A benchmark already named by an earlier figure ("at $80 Brent you're looking at $9.50") is not context.
        for (var j = i - 1; j >= 0 && drafts[j].End > sentenceStart; j--)
        {
            if (drafts[j].DenFromBenchmark)
            {
                sentenceStart = drafts[j].End;
                break;
            }
        }

        if (d.Start <= sentenceStart)
            return null;
        var prefix = text.AsSpan(sentenceStart, d.Start - sentenceStart);
        return d.Currency switch
        {
            "USD" when OilBenchmarkRx().IsMatch(prefix) => "bbl",
            "USD" when GasBenchmarkUsdRx().IsMatch(prefix) => "MMBtu",
            "EUR" when EuroMwhBenchmarkRx().IsMatch(prefix) => "MWh",
            _ => null,
        };
    }

    /// <summary>
    /// Adds a figure of exactly 0 for a zero-amount phrase about a premium, discount or surcharge ("Without any
    /// premium", "no premium", "zero discount"), with the unit inferred from the sentence and the one before:
    /// oil context → USD/t (Russian oil premiums and export duties are quoted per tonne), gas context →
    /// USD/1000 m3 (the quoting unit of Russian gas prices). No context, or both, gives no figure, as for a bare
    /// number whose unit cannot be inferred.
    /// </summary>
    internal static void AddZeroAmounts(string text, List<Draft> drafts, List<(int Start, int End)> sentences)
    {
        var added = false;
        foreach (Match m in ZeroAmountRx().Matches(text))
        {
            var start = m.Index;
            var end = m.Index + m.Length;
            if (drafts.Exists(d => d.Start < end && start < d.End))
                continue;
            var si = 0;
            while (si < sentences.Count - 1 && sentences[si].End <= start)
                si++;
            var from = sentences.Count == 0 ? 0 : sentences[Math.Max(0, si - 1)].Start;
            var to = sentences.Count == 0 ? text.Length : Math.Max(sentences[si].End, end);
            from = Math.Max(from, start - FigureExtractor.ContextWindow);
            to = Math.Min(to, end + FigureExtractor.ContextWindow);
            var context = text.AsSpan(from, to - from);
            var oil = ZeroOilContextRx().IsMatch(context);
            var gas = ZeroGasContextRx().IsMatch(context);
            if (oil == gas)
                continue;
            drafts.Add(new Draft
            {
                Start = start,
                End = end,
                Bound = BoundKind.Exact,
                Value = 0m,
                Currency = "USD",
                Den = oil ? "t" : "1000 m3",
                Inferred = true,
                IsZeroAmount = true,
            });
            added = true;
        }

        if (added)
            drafts.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    [GeneratedRegex(@"\G(?:\s+(?!(?:a|per|every|each)\s)[\p{L}'’]+){1,4}\s+(?:(?:a|per|every|each)\s+(?<p>year|day|month)|(?<p>annually|yearly|daily|monthly))\b(?![\s-]+(?:earlier|ago|before|later|after|on\b))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex LaterPeriodRx();

    [GeneratedRegex(@"\G\s+(?<w>[\p{L}]+)", RegexOptions.CultureInvariant)]
    internal static partial Regex WordAfterRx();

    [GeneratedRegex(@"\b(?:loans?|interest|deposits?|coupons?|yields?|mortgages?|borrow(?:s|ed|ing)?|lending|(?:policy|key|refinancing|discount)\s+rate)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex InterestContextRx();

    [GeneratedRegex(@"\b(?:tax|taxes|VAT|duty|duties|levy|tariffs?|stake|share|margin|ratio|payout|inflation|growth|GDP)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex NotInterestRx();

    [GeneratedRegex(@"\b(?:Brent|WTI|Urals|Dubai|ESPO)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex OilBenchmarkRx();

    [GeneratedRegex(@"\b(?:Henry\s+Hub|JKM)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex GasBenchmarkUsdRx();

    [GeneratedRegex(@"\b(?:TTF|baseload|day-ahead|power\s+price)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex EuroMwhBenchmarkRx();

    /// <summary>A zero amount of a premium, discount or surcharge: "without any premium", "with no discount", "no premium" (then only before punctuation or a function word, so "no premium quality" is not one), "zero surcharge".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?:without\s+(?:any|a)\s+|with\s+no\s+|zero\s+|no\s+)(?:premium|discount|surcharge|mark-?up)s?(?![\p{L}\p{N}-])(?=\s*(?:[.,;:!?)]|$|\s(?:to|on|over|for|at|in|from|against|compared|relative|whatsoever|at\s+all|was|were|is|are|will|would|has|had|have|applies|applied)\b))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex ZeroAmountRx();

    [GeneratedRegex(@"\b(?:oil|crude|petroleum|barrels?|tonnes?|tons?|Urals|Druzhba)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex ZeroOilContextRx();

    [GeneratedRegex(@"\b(?:gas|LNG|Gazprom|cubic\s+met(?:er|re)s?|bcm|m3)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex ZeroGasContextRx();
}
