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
        "were", "are", "will", "would", "could", "be", "higher", "lower", "more", "less", "we", "they", "it", "he", "she", "i", "you",
    }.ToFrozenSet(StringComparer.Ordinal);

    internal static void Infer(string text, List<Draft> drafts, List<(int Start, int End)> sentences)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Bare)
            {
                InferBare(text, drafts, i, sentences);
                continue;
            }

            if (d.IsExchangeQuote)
            {
                InferQuotedCurrency(text, d, sentences);
                continue;
            }

            // An amount restating one per period in other words: "120,000 roubles a month, which is about $1,530",
            // "95,000 roubles a month. That used to be $1,500" → per month too.
            if (d.Currency is not null && d.NumUnit is null && d.Den is null && RestatedPeriod(text, drafts, i) is { } period)
            {
                d.Den = period;
                d.Inferred = true;
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

            // An annual volume whose "a year" the context implies: a capacity ("a capacity of 55 bcm", "could carry
            // 33 bcm"), or a period printed once after several figures ("from 10 bcm to 20 bcm a year").
            if (d.Den is null && !d.IsDuration && IsAnnualCapacity(text, drafts, i, sentences))
            {
                d.Den = "year";
                d.Inferred = true;
                continue;
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
            if (d.Currency is not null && d.NumUnit is null && d.Den is null && d.Scale == Scale.None && !PerHeadRx().IsMatch(text, d.End))
            {
                var den = CloseBenchmarkUnit(text, drafts, i, sentences) ?? SameSentencePrice(text, drafts, i) ?? PreviousPrice(drafts, i) ?? BenchmarkUnit(text, drafts, i, sentences);
                if (den is not null)
                {
                    d.Den = den;
                    d.Inferred = true;
                }
            }
        }

        drafts.RemoveAll(d => d.Removed || d.Bare);
        PeriodStatedOnce(text, drafts);
    }

    /// <summary>
    /// A period printed once after several figures of a list applies to each: "245 mcm to Slovakia, 50 mcm to Hungary
    /// and 30 mcm to Poland per day", "from 10 bcm to 20 bcm a year". It wins over a period implied by a capacity.
    /// </summary>
    private static void PeriodStatedOnce(string text, List<Draft> drafts)
    {
        for (var i = drafts.Count - 2; i >= 0; i--)
        {
            var d = drafts[i];
            var n = drafts[i + 1];
            if ((d.Den is not null && !d.IsAnnualCapacity) || d.IsDuration || d.IsMultiplier || d.IsZeroAmount || n.Sentence != d.Sentence
                || n.Den is not ("year" or "day" or "month") || n.IsAnnualCapacity || n.NumUnit != d.NumUnit || n.Currency != d.Currency
                || n.Start - d.End > 40 || !ListGapRx().IsMatch(text.AsSpan(d.End, n.Start - d.End)))
                continue;
            d.Den = n.Den;
            d.Inferred = true;
            d.IsAnnualCapacity = false;
        }
    }

    /// <summary>
    /// The period of an amount per period that this money figure restates: the figure before it (same sentence, or the
    /// sentence before when this one opens with "That"/"It"/"This") is money per year, month or day, and the words
    /// between are a restatement (", which is", ", or", "(", "i.e.", "equivalent to"; in the same currency only a
    /// restatement over time: "used to be", "now it's").
    /// </summary>
    private static string? RestatedPeriod(string text, List<Draft> drafts, int i)
    {
        var d = drafts[i];
        var j = i - 1;
        while (j >= 0 && (drafts[j].Removed || drafts[j].Bare))
            j--;
        if (j < 0)
            return null;
        var r = drafts[j];
        if (r.Currency is null || r.NumUnit is not null || r.Den is not ("year" or "month" or "day") || r.IsZeroAmount || d.Start - r.End > 60)
            return null;
        var gap = text.AsSpan(r.End, d.Start - r.End);
        Match m;
        if (r.Sentence == d.Sentence)
            m = RestatementRx().Match(text, r.End, d.Start - r.End);
        else if (r.Sentence == d.Sentence - 1)
            m = RestatementNextSentenceRx().Match(text, r.End, d.Start - r.End);
        else
            return null;
        if (!m.Success || m.Length != gap.Length)
            return null;
        return r.Currency != d.Currency || m.Groups["time"].Success ? r.Den : null;
    }

    /// <summary>
    /// Adds the exchange rates a text states after one without printing the currencies again: "78.23 roubles per
    /// dollar. A year ago it was over 100. Against the yuan it's 10.85." and "42.5 to the dollar now, was 29 in January"
    /// (the second and later numbers take the pair, inferred; "against the yuan" changes the quoted currency). Only a
    /// number that the clause states as the level of "it" ("it was", "it's", ", was") right after a rate counts, so
    /// "The index was 100" after a rate is no figure.
    /// </summary>
    internal static void AddRateContinuations(string text, List<Draft> drafts, List<(int Start, int End)> sentences)
    {
        if (sentences.Count == 0)
            return;
        for (var i = 0; i < drafts.Count; i++)
        {
            var r = drafts[i];
            if (r.Currency is null || r.NumUnit is not null || r.Den is not { Length: 3 } quoted || !UnitReader.CurrencyCodes.Contains(quoted) || r.Bound is BoundKind.Range)
                continue;
            var lastSentence = Math.Min(sentences.Count - 1, r.Sentence + 1);
            var windowEnd = Math.Min(sentences[lastSentence].End, i + 1 < drafts.Count ? drafts[i + 1].Start : text.Length);
            if (windowEnd - r.End < 2)
                continue;
            var m = NumberReader.NextNumber(text, r.End, windowEnd);
            if (m is not { IsWord: false } number)
                continue;
            var d = BoundReader.ParseAt(text, number, r.End, allowBareInteger: true);
            if (d is null || !d.Bare || d.Scale != Scale.None || d.Bound is BoundKind.Range or BoundKind.PlusMinus || d.End > windowEnd
                || (!d.HasDecimalPoint && d.Value is >= 1900 and <= 2100))
                continue;

            // The level of the rate: ", was 29" in its clause, or "it was over 100" / "it's 10.85" in the next sentence.
            var sameSentence = d.Start < sentences[r.Sentence].End;
            var level = sameSentence ? RateLevelSameClauseRx().Match(text, r.End, d.Start - r.End) : RateLevelNextSentenceRx().Match(text, r.End, d.Start - r.End);
            if (!level.Success || level.Length != d.Start - r.End)
                continue;
            var next = WordAfterRx().Match(text, d.End);
            if (next.Success && !WordsAfterInferred.Contains(next.Groups["w"].Value.ToLowerInvariant()))
                continue;

            // "Against the yuan it's 10.85": the quoted currency the clause names.
            var den = quoted;
            if (level.Groups["c"].Success)
                den = UnitReader.CurrencyFromWord(level.Groups["c"].Value);
            if (den == r.Currency)
                continue;
            d.Currency = r.Currency;
            d.Den = den;
            d.Inferred = true;
            d.Sentence = sameSentence ? r.Sentence : lastSentence;
            drafts.Insert(i + 1, d);
        }
    }

    internal static void InferBare(string text, List<Draft> drafts, int i, List<(int Start, int End)> sentences)
    {
        var d = drafts[i];

        // "Henry Hub x 1.15 + $2.75" (a formula), "the index stood at 187.3 (2000=100)": not a quantity with a unit.
        var lead = text.AsSpan(Math.Max(0, d.Start - 40), d.Start - Math.Max(0, d.Start - 40));
        if (FormulaBeforeRx().IsMatch(lead) || IndexBeforeRx().IsMatch(lead) || IndexBaseAfterRx().IsMatch(text, d.End))
        {
            d.Removed = true;
            return;
        }

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
            if (r.Bare || r.Removed || r.IsZeroAmount || r.IsMultiplier)
                continue;

            // "gained 94 cents, or 1.2%, to 82.15": the percentage is the change, the number after "to" the level.
            if (r.NumUnit == "percent" && d.Scale == Scale.None && ChangeToLevelRx().IsMatch(text.AsSpan(r.End, d.Start - r.End)))
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

        // "WTI ... to 82.15": a level of a benchmark named earlier in the sentence, in its quoting unit.
        if (d.Scale == Scale.None && d.HasDecimalPoint && sentences.Count > 0)
        {
            var from = Math.Max(sentences[d.Sentence].Start, d.Start - FigureExtractor.ContextWindow);
            var before = text.AsSpan(from, d.Start - from);
            if (LevelWordBeforeRx().IsMatch(before))
            {
                (string Currency, string Den)? quote = OilBenchmarkRx().IsMatch(before) ? ("USD", "bbl")
                    : GasBenchmarkUsdRx().IsMatch(before) ? ("USD", "MMBtu")
                    : EuroMwhBenchmarkRx().IsMatch(before) ? ("EUR", "MWh")
                    : null;
                if (quote is { } q)
                {
                    d.Currency = q.Currency;
                    d.Den = q.Den;
                    d.Inferred = true;
                    return;
                }
            }
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

        // "Loans to households grew 14.3%": a change, not a rate; "raised the key rate to 16%" and "went from 7.5%"
        // state levels, which are rates.
        var from = Math.Max(start, d.Start - 25);
        if (BoundReader.ChangeVerbRx().IsMatch(text.AsSpan(from, d.Start - from)) && !LevelBeforeRx().IsMatch(text.AsSpan(from, d.Start - from)))
            return false;

        // "the profit tax rate to 25%": a tax, share or ratio named just before the figure is not interest.
        from = Math.Max(start, d.Start - 40);
        return !NotInterestRx().IsMatch(text.AsSpan(from, d.Start - from)) && !ShareOfRx().IsMatch(text, d.End);
    }

    /// <summary>
    /// The quoted currency of an exchange rate ("100 per dollar", "101.5 against the dollar"): the currency named nearest
    /// before the figure in its sentence or the one before ("The rouble weakened ... to 100 per dollar" → RUB/USD).
    /// Without one the figure is dropped, as for a bare number whose unit cannot be inferred.
    /// </summary>
    private static void InferQuotedCurrency(string text, Draft d, List<(int Start, int End)> sentences)
    {
        var from = sentences.Count == 0 ? 0 : sentences[Math.Max(0, d.Sentence - 1)].Start;
        from = Math.Max(from, d.Start - FigureExtractor.ContextWindow);
        string? currency = null;
        foreach (Match m in QuotedCurrencyRx().Matches(text[from..d.Start]))
        {
            var c = UnitReader.CurrencyFromWord(m.Value);
            if (c != d.Den)
                currency = c;
        }

        if (currency is null)
        {
            d.Removed = true;
            return;
        }

        d.Currency = currency;
        d.Inferred = true;
    }

    /// <summary>
    /// Whether a volume without a period is an annual one by context: a capacity word between the previous figure
    /// (or the sentence start) and this one; an earlier capacity in the same sentence, of the same unit, that this
    /// figure continues (a list of capacities); or the same unit printed with "a year" right after, joined by
    /// "and", "or", "to" or a comma ("10 bcm to 20 bcm a year", "27.5 bcm and 27.5 bcm a year").
    /// </summary>
    private static bool IsAnnualCapacity(string text, List<Draft> drafts, int i, List<(int Start, int End)> sentences)
    {
        var d = drafts[i];
        if (d.Currency is not null || d.NumUnit is not ("bcm" or "m3" or "t" or "ft3" or "bcf") || (d.NumUnit is "m3" or "t" or "ft3" && d.Scale == Scale.None))
            return false;

        var sentenceStart = sentences.Count == 0 ? 0 : sentences[d.Sentence].Start;
        var gapStart = Math.Max(sentenceStart, d.Start - 120);
        Draft? previous = null;
        if (i > 0 && drafts[i - 1].Sentence == d.Sentence && drafts[i - 1].End > gapStart)
        {
            previous = drafts[i - 1];
            gapStart = previous.End;
        }

        var gap = text.AsSpan(gapStart, Math.Max(0, d.Start - gapStart));
        var sentence = sentences.Count == 0 ? text.AsSpan() : text.AsSpan(sentenceStart, Math.Max(sentences[d.Sentence].End, d.End) - sentenceStart);
        if (StorageRx().IsMatch(sentence))
            return false; // a storage or reserve capacity is a volume, not a flow
        if (CapacityRx().IsMatch(gap))
        {
            d.IsAnnualCapacity = true;
            return true;
        }

        // A list of capacities: the previous figure of the sentence was an annual capacity of the same unit, and
        // nothing between them says the volume was realised ("processed 40.1 million tonnes").
        d.IsAnnualCapacity = previous is not null && previous.IsAnnualCapacity && previous.NumUnit == d.NumUnit && !RealisedVolumeRx().IsMatch(gap);
        return d.IsAnnualCapacity;
    }

    /// <summary>A benchmark named right before a bare price, with no other figure between ("German baseload for 2025 gained 1.2% to €91.80").</summary>
    private static string? CloseBenchmarkUnit(string text, List<Draft> drafts, int i, List<(int Start, int End)> sentences)
    {
        var d = drafts[i];
        var from = Math.Max(sentences.Count > 0 ? sentences[d.Sentence].Start : 0, d.Start - 60);
        for (var j = i - 1; j >= 0 && drafts[j].End > from; j--)
        {
            if (drafts[j].Currency is not null)
            {
                from = drafts[j].End; // only the words since the previous price
                break;
            }
        }

        if (d.Start <= from)
            return null;
        var prefix = text.AsSpan(from, d.Start - from);
        return d.Currency switch
        {
            "USD" when OilBenchmarkRx().IsMatch(prefix) => "bbl",
            "USD" when GasBenchmarkUsdRx().IsMatch(prefix) => "MMBtu",
            "EUR" when EuroMwhBenchmarkRx().IsMatch(prefix) => "MWh",
            _ => null,
        };
    }

    /// <summary>
    /// Adds multipliers ("tenfold", "10-fold", "three times as much", "2.5 times higher") as figures in the unit <c>1</c>
    /// (a ratio), bound exact. "N times" counts only before a comparison ("as", "more", "higher", ...), so "three times a
    /// week" is not one, and not after another number ("three, four times more" is a guess, not a figure).
    /// </summary>
    internal static void AddMultipliers(string text, List<Draft> drafts)
    {
        foreach (var m in Multipliers(text))
        {
            var start = m.Index;
            var end = m.Index + m.Length;
            if (Overlaps(drafts, start, end) || PrecededByNumberRx().IsMatch(text.AsSpan(Math.Max(0, start - 12), start - Math.Max(0, start - 12))))
                continue;
            var g = m.Groups["n"].Value.ToLowerInvariant();
            decimal value;
            if (!decimal.TryParse(g, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            {
                if (!MultiplierWords.TryGetValue(g, out value))
                    continue;
            }

            InsertInOrder(drafts, new Draft { Start = start, End = end, Bound = BoundKind.Exact, Value = value, NumUnit = "1", HasDecimalPoint = g.Contains('.', StringComparison.Ordinal), IsMultiplier = true });
        }
    }

    /// <summary>Whether a draft of <paramref name="drafts"/> (ordered by start, not overlapping) overlaps [start, end).</summary>
    private static bool Overlaps(List<Draft> drafts, int start, int end)
    {
        // The first draft ending after start; drafts do not overlap, so their ends are ordered as their starts.
        int lo = 0, hi = drafts.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (drafts[mid].End <= start)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo < drafts.Count && drafts[lo].Start < end;
    }

    /// <summary>Inserts a draft after those that start before or with it (the order a stable sort by start gives).</summary>
    private static void InsertInOrder(List<Draft> drafts, Draft d)
    {
        int lo = 0, hi = drafts.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (drafts[mid].Start <= d.Start)
                lo = mid + 1;
            else
                hi = mid;
        }

        drafts.Insert(lo, d);
    }

    /// <summary>
    /// The matches of <see cref="MultiplierPattern"/> over the text (left to right, not overlapping), found from the keywords instead of trying the expression at
    /// every position: every multiplier ends in "fold" or "times", so the expression is tried only at the positions of
    /// the one or two words before each keyword.
    /// </summary>
    private static List<Match> Multipliers(string text)
    {
        var result = new List<Match>();
        var rx = MultiplierAtRx();
        var span = text.AsSpan();
        var lastEnd = 0;
        var nextFold = span.IndexOf("fold", StringComparison.OrdinalIgnoreCase);
        var nextTimes = span.IndexOf("times", StringComparison.OrdinalIgnoreCase);
        while (nextFold >= 0 || nextTimes >= 0)
        {
            var k = nextFold < 0 ? nextTimes : nextTimes < 0 ? nextFold : Math.Min(nextFold, nextTimes);

            // Back over the separator, the number (digits or a word) and, for "a hundred", one word more.
            var lo = k;
            while (lo > lastEnd && (text[lo - 1] == '-' || char.IsWhiteSpace(text[lo - 1])))
                lo--;
            while (lo > lastEnd && (char.IsLetterOrDigit(text[lo - 1]) || text[lo - 1] == '.'))
                lo--;
            while (lo > lastEnd && char.IsWhiteSpace(text[lo - 1]))
                lo--;
            while (lo > lastEnd && char.IsLetter(text[lo - 1]))
                lo--;
            for (var p = lo; p < k; p++)
            {
                var m = rx.Match(text, p);
                if (m.Success)
                {
                    result.Add(m);
                    lastEnd = m.Index + m.Length;
                    break;
                }
            }

            var from = Math.Max(k + 1, lastEnd);
            if (nextFold >= 0 && nextFold < from)
                nextFold = IndexFrom(span, "fold", from);
            if (nextTimes >= 0 && nextTimes < from)
                nextTimes = IndexFrom(span, "times", from);
        }

        return result;

        static int IndexFrom(ReadOnlySpan<char> span, string word, int from)
        {
            var i = span[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            return i < 0 ? -1 : from + i;
        }
    }

    private static readonly FrozenDictionary<string, decimal> MultiplierWords = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["twelve"] = 12, ["twenty"] = 20, ["fifty"] = 50, ["hundred"] = 100, ["a hundred"] = 100, ["thousand"] = 1000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    internal static string? SameSentencePrice(string text, List<Draft> drafts, int i)
    {
        var d = drafts[i];
        bool Usable(Draft r, bool after) =>
            !r.Removed && !r.DenFromBenchmark && !r.IsZeroAmount && r.Currency == d.Currency && r.Den is not null && r.NumUnit is null && r.Scale == Scale.None && !(after && r.Inferred)
            && !(after && r.Start > d.End && ParenthesisOpensRx().IsMatch(text.AsSpan(d.End, r.Start - d.End))); // "EUR 1'770 (EUR 295/t)": a total, then its unit price

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

    [GeneratedRegex(@"\G(?:\s+(?!(?:a|per|every|each)\s)[\p{L}'’]+){1,4}\s+(?:(?:a|per|every|each)\s+(?<p>year|day|month)|(?<p>annually|yearly|daily|monthly))\b(?![\s-]+(?:earlier|ago|before|later|after|on\b|of\b))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex LaterPeriodRx();

    [GeneratedRegex(@"\G\s+(?<w>[\p{L}]+)", RegexOptions.CultureInvariant)]
    internal static partial Regex WordAfterRx();

    /// <summary>The words between an amount per period and its restatement in the same sentence.</summary>
    [GeneratedRegex(@"^\s*(?:,|\(|\bor\b|—|–)\s*(?:(?:which|that|it)\s+(?:is|was|comes\s+to|works\s+out\s+(?:at|to)|equals)|i\.e\.,?|or|(?<time>now\s+it(?:['’]s|\s+is)|(?:which|that|it)\s+used\s+to\s+be)|(?:the\s+)?equivalent\s+(?:of|to))?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RestatementRx();

    /// <summary>The words between an amount per period and its restatement opening the next sentence ("That used to be").</summary>
    [GeneratedRegex(@"^\s*[.!?]\s+(?:That|This|It)(?:\s+(?:is|was|comes\s+to|works\s+out\s+(?:at|to)|equals)|['’]s|(?<time>\s+used\s+to\s+be))\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex RestatementNextSentenceRx();

    /// <summary>", was 29", " now, was 29", ", and it's 101": a later level of the exchange rate before it, in its sentence.</summary>
    [GeneratedRegex(@"^(?:\s+(?:now|today|then))?\s*,\s*(?:and\s+|but\s+)?(?:(?:it\s+)?(?:was|is|stood\s+at)|it['’]s)(?:\s+(?:still|now|then))?\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RateLevelSameClauseRx();

    /// <summary>"…. A year ago it was ", "…. Against the yuan it's ": the next sentence states the rate's level for "it".</summary>
    [GeneratedRegex(@"^[^.!?\d]{0,40}[.!?]\s+(?:(?:Against|Versus|To)\s+the\s+(?<c>dollar|euro|yuan|renminbi|yen|rouble|ruble|lira|zloty|hryvnia|rupee|tenge)[\s,]+|[\p{L}’'\- ]{0,40}\s)?(?:It|it)(?:\s+(?:was|is|stood\s+at)|['’]s)(?:\s+(?:still|now|then))?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex RateLevelNextSentenceRx();

    [GeneratedRegex(@"\b(?:loans?|interest|deposits?|coupons?|yields?|mortgages?|borrow(?:s|ed|ing)?|lending|(?:policy|key|refinancing|discount|bank|base|repo|deposit|lending|funds|prime|overnight|benchmark|interest|reference)\s+rate|repo|target\s+range)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex InterestContextRx();

    [GeneratedRegex(@"\b(?:tax|taxes|VAT|duty|duties|levy|tariffs?|stake|share|margin|ratio|payout|inflation|growth|GDP|fees?|commission|spread)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex NotInterestRx();

    [GeneratedRegex(@"(?<!%\s*of\s+)\b(?:Brent|WTI|West\s+Texas\s+Intermediate|Urals|Dubai|ESPO)\b", RegexOptions.CultureInvariant)]
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

    [GeneratedRegex(@"(?:\b(?:to|from|at|of)|\bto\s+(?:a|an)\s+\w+(?:\s+of)?)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LevelBeforeRx();

    [GeneratedRegex(@"\b(?:roubles?|rubles?|(?-i:RUB)|hryvnias?|(?-i:UAH)|yuan|renminbi|(?-i:CNY)|yen|(?-i:JPY)|zlotys?|(?-i:PLN)|rupees?|(?-i:INR)|tenge|(?-i:KZT)|lira|(?-i:TRY)|euros?|(?-i:EUR)|dollars?|(?-i:USD))\b|₽", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QuotedCurrencyRx();

    /// <summary>The words between two figures of one list: a short phrase without digits or a verb, ending in ",", "and", "or" or "to".</summary>
    [GeneratedRegex(@"^(?:\s+(?:to|in|for|at|from|of)\s+[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListGapRx();

    [GeneratedRegex(@"\b(?:capacit(?:y|ies)|nameplate|annual(?:ly)?(?!\s+(?:report|results|meeting|general|accounts|review|statement))|yearly|built\s+for|designed\s+for|design|(?:can|could)\s+(?:now\s+)?(?:carry|handle|ship|take\s+in|take|transport|pump|process))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CapacityRx();

    [GeneratedRegex(@"\b(?:processed|produced|shipped|delivered|exported|imported|consumed|flowed|transported|received|used|burned|sold|pumped|supplied|carried|in\s+(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RealisedVolumeRx();

    private const string MultiplierPattern = @"(?<![\p{L}\p{N}.,-])(?:(?<n>two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand)fold|(?<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a\s+hundred)[-\s]fold|(?<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+times(?=\s+(?:as|more|higher|larger|greater|bigger|faster|cheaper|lower|smaller|less|over)\b))(?![\p{L}\p{N}])";

    /// <summary>A multiplier starting exactly at the start position (see <see cref="Multipliers"/>).</summary>
    [GeneratedRegex(@"\G" + MultiplierPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MultiplierAtRx();

    [GeneratedRegex(@"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s*(?:,|or|to|-)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PrecededByNumberRx();

    [GeneratedRegex(@"\b(?:storage|stored|stocks|reserves?|inventor(?:y|ies)|tanks?|working\s+gas)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StorageRx();

    /// <summary>"98.5% of par", "6% of GDP": a share of something, not an interest rate.</summary>
    [GeneratedRegex(@"\G\s+of\s+(?:par|face|nominal|GDP|gross|the|its|their|total|all)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShareOfRx();

    /// <summary>"CHF 12.50 per share", "$120 per household": an amount per holder, not a price per unit of a commodity.</summary>
    [GeneratedRegex(@"\G\s+(?:per|a|each)\s+(?:share|head|person|capita|household|customer|employee|resident|family)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PerHeadRx();

    [GeneratedRegex(@"^\s*,?\s+to\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChangeToLevelRx();

    [GeneratedRegex(@"\b(?:to|at)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LevelWordBeforeRx();

    [GeneratedRegex(@"[x×*+]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FormulaBeforeRx();

    [GeneratedRegex(@"\bindex\b[^.;]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IndexBeforeRx();

    [GeneratedRegex(@"\G\s*\(\s*(?:19|20)\d\d\s*=\s*100\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex IndexBaseAfterRx();

    [GeneratedRegex(@"^\s*\(\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisOpensRx();
}
