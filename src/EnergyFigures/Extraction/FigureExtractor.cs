using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using EnergyFigures.Units;

namespace EnergyFigures.Extraction;

/// <summary>
/// Finds candidate figures in English text about energy prices and trade with token and regular-expression
/// rules (no network, no models), following the annotation rules of <c>docs/extraction.md</c>: money with
/// currency signs, codes and scale words, prices per unit, percentages, percentage and basis points,
/// volumes and flows, bounded durations; stated bounds ("under", "up to", "about", "nearly", ranges,
/// plus-minus); units inferred from the sentence or the one before when the text leaves them implicit.
/// </summary>
/// <remarks>Thread-safe and allocation-light: about a megabyte of text per second or better.</remarks>
public static partial class FigureExtractor
{
    private const int PriceReferenceWindow = 600;

    /// <summary>How far (in characters) a look across the sentence goes on either side of a figure; keeps run-on text linear.</summary>
    private const int ContextWindow = 300;

    private static readonly FrozenDictionary<string, BoundKind> BoundPhrases = new Dictionary<string, BoundKind>(StringComparer.Ordinal)
    {
        ["about"] = BoundKind.Approximately,
        ["around"] = BoundKind.Approximately,
        ["roughly"] = BoundKind.Approximately,
        ["approximately"] = BoundKind.Approximately,
        ["approx."] = BoundKind.Approximately,
        ["approx"] = BoundKind.Approximately,
        ["some"] = BoundKind.Approximately,
        ["circa"] = BoundKind.Approximately,
        ["c."] = BoundKind.Approximately,
        ["close to"] = BoundKind.Approximately,
        ["near"] = BoundKind.Approximately,
        ["an estimated"] = BoundKind.Approximately,
        ["estimated at"] = BoundKind.Approximately,
        ["in the region of"] = BoundKind.Approximately,
        ["~"] = BoundKind.Approximately,
        ["under"] = BoundKind.Under,
        ["just under"] = BoundKind.Under,
        ["below"] = BoundKind.Under,
        ["just below"] = BoundKind.Under,
        ["less than"] = BoundKind.Under,
        ["fewer than"] = BoundKind.Under,
        ["up to"] = BoundKind.AtMost,
        ["at most"] = BoundKind.AtMost,
        ["no more than"] = BoundKind.AtMost,
        ["not more than"] = BoundKind.AtMost,
        ["a maximum of"] = BoundKind.AtMost,
        ["within"] = BoundKind.AtMost,
        ["nearly"] = BoundKind.AtMost,
        ["almost"] = BoundKind.AtMost,
        ["over"] = BoundKind.Over,
        ["just over"] = BoundKind.Over,
        ["well over"] = BoundKind.Over,
        ["more than"] = BoundKind.Over,
        ["above"] = BoundKind.Over,
        ["well above"] = BoundKind.Over,
        ["in excess of"] = BoundKind.Over,
        ["exceeding"] = BoundKind.Over,
        ["upwards of"] = BoundKind.Over,
        ["north of"] = BoundKind.Over,
        ["at least"] = BoundKind.AtLeast,
        ["no less than"] = BoundKind.AtLeast,
        ["not less than"] = BoundKind.AtLeast,
        ["a minimum of"] = BoundKind.AtLeast,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Bound phrases that may bound a duration ("within five years"); "over N years" usually means "spread over".</summary>
    private static readonly FrozenSet<string> DurationBoundPhrases = new[]
    {
        "within", "up to", "at most", "no more than", "not more than", "a maximum of", "nearly", "almost",
        "at least", "no less than", "not less than", "a minimum of", "more than", "less than", "fewer than", "just under", "under",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, decimal> WordNumbers = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CurrencyCodes = new[]
    {
        "USD", "EUR", "GBP", "RUB", "PLN", "CHF", "CNY", "JPY", "BYN", "UAH", "NOK", "SEK", "DKK", "CZK", "HUF", "TRY", "KZT", "QAR", "SAR", "INR",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that may follow a bare number whose unit is inferred; any other word makes it a count ("6 mln households").</summary>
    private static readonly FrozenSet<string> WordsAfterInferred = new[]
    {
        "in", "on", "at", "and", "or", "to", "from", "for", "by", "with", "the", "a", "an", "last", "this", "next", "than",
        "during", "since", "per", "each", "after", "before", "while", "but", "compared", "against", "respectively", "a", "year",
        "month", "week", "previously", "earlier", "now", "then", "so", "too", "as", "over", "under", "if", "when", "is", "was",
        "were", "are", "will", "would", "could", "be", "higher", "lower", "more", "less",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Extracts the candidate figures of a text, in text order. Offsets are UTF-16 offsets into
    /// <paramref name="text"/>; each candidate's printed text is <c>text[Start..End]</c>.
    /// </summary>
    /// <param name="text">The text (plain text; markdown escapes such as <c>\$</c> should be removed first).</param>
    /// <returns>The candidates, non-overlapping, ordered by position.</returns>
    public static IReadOnlyList<FigureCandidate> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceSplitter.Split(text);
        var drafts = new List<Draft>();
        var pos = 0;
        var numberRx = NumberRx();
        while (pos < text.Length)
        {
            var m = numberRx.Match(text, pos);
            if (!m.Success)
                break;
            var previousEnd = drafts.Count > 0 ? drafts[^1].End : 0;
            var d = ParseAt(text, m, previousEnd);
            if (d is null || d.Start < previousEnd)
            {
                pos = m.Index + m.Length;
                continue;
            }

            drafts.Add(d);
            pos = Math.Max(d.End, m.Index + m.Length);
        }

        AddZeroAmounts(text, drafts, sentences);
        AssignSentences(drafts, sentences);
        Infer(text, drafts, sentences);
        return Build(text, drafts, sentences);
    }

    // ---------------------------------------------------------------- parsing one figure

    private sealed class Side
    {
        public int Start;
        public int NumStart;
        public int NumEnd;
        public int End;
        public decimal Value;
        public bool HasDecimalPoint;
        public bool IsWord;
        public Scale Scale;
        public string? Currency;
        public string? NumUnit;
        public string? Den;
        public bool DenInferred;
        public bool DenFromBenchmark;
        public bool IsDuration;
    }

    private sealed class Draft
    {
        public int Start;
        public int End;
        public BoundKind Bound;
        public string? BoundPhrase;
        public decimal Value;
        public decimal? High;
        public decimal? Tolerance;
        public Scale Scale;
        public string? Currency;
        public string? NumUnit;
        public string? Den;
        public bool Inferred;
        public bool DenFromBenchmark;
        public bool HasDecimalPoint;
        public bool IsDuration;
        public bool IsZeroAmount;
        public int Sentence;
        public bool Removed;

        public bool Bare => Currency is null && NumUnit is null;

        public string? UnitText => (Currency ?? NumUnit) is { } n ? (Den is null ? n : n + "/" + Den) : null;
    }

    private static Draft? ParseAt(string text, Match num, int previousEnd)
    {
        var a = ParseSide(text, num, allowLeft: true);
        if (a is null)
            return null;

        // Bound phrase, "between" and "from" before the figure.
        var start = a.Start;
        var limit = Math.Max(previousEnd, start - 40);
        Span<(int Start, int End)> words = stackalloc (int, int)[4];
        var n = WordsBefore(text, start, limit, words);
        string? phrase = null;
        if (text.Length > 0 && start > limit && (text[start - 1] == '~' || (start - 2 >= limit && text[start - 1] == ' ' && text[start - 2] == '~')))
        {
            phrase = "~";
            start = text[start - 1] == '~' ? start - 1 : start - 2;
            n = WordsBefore(text, start, limit, words);
        }
        else if (n > 0 && PhraseLastWords.Contains(Lower(text, words[0])))
        {
            for (var k = n; k >= 1; k--)
            {
                var candidate = k == 1 ? Lower(text, words[0]) : JoinLower(text, words[..k]);
                if (BoundPhrases.ContainsKey(candidate))
                {
                    phrase = candidate;
                    start = words[k - 1].Start;
                    n = WordsBefore(text, start, limit, words);
                    break;
                }
            }
        }

        string? opener = null;
        var openerStart = -1;
        if (n > 0)
        {
            var w = Lower(text, words[0]);
            if (w is "between" or "from")
            {
                opener = w;
                openerStart = words[0].Start;
            }
        }

        var d = new Draft
        {
            Start = start,
            End = a.End,
            Bound = phrase is null ? BoundKind.Exact : BoundPhrases[phrase],
            BoundPhrase = phrase,
            Value = a.Value,
            Scale = a.Scale,
            Currency = a.Currency,
            NumUnit = a.NumUnit,
            Den = a.Den,
            Inferred = a.DenInferred,
            DenFromBenchmark = a.DenFromBenchmark,
            HasDecimalPoint = a.HasDecimalPoint,
            IsDuration = a.IsDuration,
        };

        // Plus-minus: "4% ± 1 percentage point".
        var pm = PlusMinusRx().Match(text, a.End);
        if (pm.Success)
        {
            var tm = NumberRx().Match(text, pm.Index + pm.Length, Math.Min(text.Length - pm.Index - pm.Length, 64));
            if (tm.Success && tm.Index == pm.Index + pm.Length)
            {
                var t = ParseSide(text, tm, allowLeft: false);
                if (t is not null && t.Value > 0)
                {
                    d.Bound = BoundKind.PlusMinus;
                    d.Tolerance = t.Value;
                    d.End = t.End;
                    d.BoundPhrase = null;
                    d.Start = a.Start;
                }
            }
        }

        // Ranges: "$40-45", "from 4% to 6%", "between 4 and 6 percent", "3 to 4 billion dollars".
        if (d.Bound != BoundKind.PlusMinus)
            TryRange(text, a, d, opener, openerStart);

        // "or so", "or more", "or less" after the figure.
        if (d.Bound == BoundKind.Exact)
        {
            var post = PostBoundRx().Match(text, d.End);
            if (post.Success)
            {
                d.Bound = post.Groups["p"].Value.ToLowerInvariant() switch
                {
                    "or so" => BoundKind.Approximately,
                    "or more" => BoundKind.AtLeast,
                    _ => BoundKind.AtMost,
                };
                d.End = post.Index + post.Length;
            }
        }

        if (d.IsDuration)
        {
            if (d.BoundPhrase is null || !DurationBoundPhrases.Contains(d.BoundPhrase) || DurationTailRx().IsMatch(text, d.End))
                return null;
        }

        if (d.Bare && (a.IsWord || (d.Scale == Scale.None && !d.HasDecimalPoint)))
            return null;

        return d;
    }

    /// <summary>The last words of the bound phrases: a cheap filter before building phrase candidates.</summary>
    private static readonly FrozenSet<string> PhraseLastWords = BoundPhrases.Keys.Select(k => k[(k.LastIndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Collects up to <c>words.Length</c> whole words before <paramref name="pos"/> (nearest first), each separated by white space, not crossing <paramref name="limit"/>.</summary>
    private static int WordsBefore(string text, int pos, int limit, Span<(int Start, int End)> words)
    {
        var n = 0;
        var i = pos;
        while (n < words.Length)
        {
            var j = i;
            while (j > limit && text[j - 1] is ' ' or '\t' or '\u00A0' or '\n')
                j--;
            if (j == i || j <= limit)
                break;
            var end = j;
            if (text[j - 1] == '.' && j - 1 > limit && char.IsLetter(text[j - 2]))
                j--;
            while (j > limit && char.IsLetter(text[j - 1]))
                j--;
            if (j == end || text[j] == '.' || (j > limit && !(text[j - 1] is ' ' or '\t' or '\u00A0' or '\n' or '(' or '"' or '\'' or '“' or '‘' or '[' or ',' or ';' or ':')))
                break;
            words[n++] = (j, end);
            i = j;
        }

        return n;
    }

    private static string Lower(string text, (int Start, int End) word) => text[word.Start..word.End].ToLowerInvariant();

    private static string JoinLower(string text, ReadOnlySpan<(int Start, int End)> nearestFirst)
    {
        var parts = new string[nearestFirst.Length];
        for (var i = 0; i < nearestFirst.Length; i++)
            parts[nearestFirst.Length - 1 - i] = Lower(text, nearestFirst[i]);
        return string.Join(' ', parts);
    }

    private static void TryRange(string text, Side a, Draft d, string? opener, int openerStart)
    {
        var cm = RangeConnectorRx().Match(text, a.End);
        if (!cm.Success)
            return;
        var connector = cm.Groups["dash"].Success ? "-" : cm.Groups["to"].Success ? "to" : "and";
        if (connector == "and" && opener != "between")
            return;

        var bStart = cm.Index + cm.Length;
        var nm = NumberRx().Match(text, bStart, Math.Min(text.Length - bStart, 64));
        if (!nm.Success)
            return;

        // Side B may repeat the currency sign: "$75-$80", "£1,650-£1,700", "€25 and €45".
        var gap = text.AsSpan(bStart, nm.Index - bStart);
        if (gap.Length > 4 || (gap.Length > 0 && !IsCurrencyPrefix(gap)))
            return;
        var b = ParseSide(text, nm, allowLeft: true);
        if (b is null || b.Start != bStart || a.IsWord != b.IsWord)
            return;

        // A change ("rose from $70 to $75", "cut from 7.5% to 7.25%") states two figures, not a range.
        if (connector == "to" && HasChangeVerb(text, openerStart >= 0 && opener == "from" ? openerStart : d.Start))
            return;

        if (a.Currency is not null && b.Currency is not null && a.Currency != b.Currency)
            return;
        if (a.NumUnit is not null && b.NumUnit is not null && a.NumUnit != b.NumUnit)
            return;
        if (a.Den is not null && b.Den is not null && a.Den != b.Den)
            return;
        if ((a.Currency is not null && b.NumUnit is not null) || (a.NumUnit is not null && b.Currency is not null))
            return;
        if (a.Scale != Scale.None && b.Scale != Scale.None && a.Scale != b.Scale)
            return;

        var scale = b.Scale != Scale.None ? b.Scale : a.Scale;
        if (a.Value >= b.Value)
            return;

        d.Bound = BoundKind.Range;
        d.BoundPhrase = null;
        if (opener is "from" or "between" && openerStart >= 0)
            d.Start = openerStart;
        d.End = b.End;
        d.High = b.Value;
        d.Scale = scale;
        d.Currency = a.Currency ?? b.Currency;
        d.NumUnit = b.NumUnit ?? a.NumUnit;
        d.Den = b.Den ?? a.Den;
        d.Inferred = b.DenInferred || (a.DenInferred && b.Den is null);
        d.IsDuration = a.IsDuration || b.IsDuration;
        d.HasDecimalPoint = a.HasDecimalPoint || b.HasDecimalPoint;
        if (d.Den is null)
        {
            var den = d.Den;
            var inferred = false;
            d.End = ParseDenominators(text, d.End, d.Currency, d.NumUnit, d.IsDuration, ref den, ref inferred);
            d.Den = den;
            d.Inferred |= inferred;
        }
    }

    private static bool IsCurrencyPrefix(ReadOnlySpan<char> gap)
    {
        var s = gap.Trim();
        return s is "$" or "€" or "£" or "₽" or "US$" || (s.Length == 3 && CurrencyCodes.Contains(s.ToString()));
    }

    private static bool HasChangeVerb(string text, int before)
    {
        // The clause before the figure: back to the previous clause break, at most 60 characters.
        var from = Math.Max(0, before - 60);
        for (var i = before - 1; i >= from; i--)
        {
            if (text[i] is ';' or '.' or '!' or '?' or '\n' or ':' && !(text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                from = i + 1;
                break;
            }
        }

        return ChangeVerbRx().IsMatch(text.AsSpan(from, before - from));
    }

    private static Side? ParseSide(string text, Match num, bool allowLeft)
    {
        var s = new Side { NumStart = num.Index, NumEnd = num.Index + num.Length };
        var half = false;
        if (num.Groups["w"].Success)
        {
            s.IsWord = true;
            s.Value = WordNumbers[num.Groups["w"].Value.ToLowerInvariant()];

            // "half a billion": a number, 0.5 billion (not "a billion").
            if (s.Value == 1 && num.Groups["w"].Value.Length <= 2 && s.NumStart >= 5
                && string.Equals(text.Substring(s.NumStart - 5, 5), "half ", StringComparison.OrdinalIgnoreCase)
                && (s.NumStart == 5 || !char.IsLetter(text[s.NumStart - 6])))
            {
                s.Value = 0.5m;
                half = true;
            }
        }
        else
        {
            var raw = num.Groups["n"].Value;
            string normalized;
            if (raw.Contains(',', StringComparison.Ordinal) && !ThousandsRx().IsMatch(raw))
                normalized = raw.Replace(',', '.'); // continental decimal comma: "35,50 €"
            else
                normalized = raw.Replace(",", string.Empty, StringComparison.Ordinal);
            if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out s.Value))
                return null;
            s.HasDecimalPoint = normalized.Contains('.', StringComparison.Ordinal);
        }

        // What follows the number directly: a letter must start a known suffix ("42bn", "75bp"), never "3rd";
        // a hyphen and a letter make a compound adjective ("10-year"); a colon and a digit a time ("10:30").
        var after = s.NumEnd < text.Length ? text[s.NumEnd] : '\0';
        if (char.IsLetter(after) && !AttachedSuffixRx().IsMatch(text, s.NumEnd))
            return null;
        if (after is '-' or '‑' && s.NumEnd + 1 < text.Length && char.IsLetter(text[s.NumEnd + 1]))
            return null;
        if (after == ':' && s.NumEnd + 1 < text.Length && char.IsDigit(text[s.NumEnd + 1]))
            return null;
        if (after is '.' or ',' && s.NumEnd + 1 < text.Length && char.IsDigit(text[s.NumEnd + 1]))
            return null; // "4.1.2", "12,0"

        // Currency sign or code and minus before the number.
        s.Start = half ? s.NumStart - 5 : s.NumStart;
        var negative = false;
        if (allowLeft && !s.IsWord)
        {
            var q = s.NumStart;
            var p = q;
            if (p > 0 && text[p - 1] is ' ' or '\u00A0' && p > 1 && text[p - 2] is '€' or '₽' or '£')
                p--;
            if (p > 0 && text[p - 1] is '$' or '€' or '£' or '₽')
            {
                s.Currency = text[p - 1] switch { '$' => "USD", '€' => "EUR", '£' => "GBP", _ => "RUB" };
                p--;
                if (s.Currency == "USD" && p >= 2 && text[p - 2] == 'U' && text[p - 1] == 'S')
                    p -= 2;
                q = p;
            }
            else
            {
                var c = p;
                if (c > 0 && text[c - 1] is ' ' or '\u00A0')
                    c--;
                if (c >= 3 && CurrencyCodes.Contains(text.Substring(c - 3, 3)) && (c == 3 || !char.IsLetter(text[c - 4])))
                {
                    s.Currency = text.Substring(c - 3, 3);
                    q = c - 3;
                }
            }

            if (q > 0 && text[q - 1] is '-' or '−' && (q == 1 || char.IsWhiteSpace(text[q - 2]) || text[q - 2] is '(' or '['))
            {
                negative = true;
                q--;
            }

            s.Start = q;
            if (s.Currency is null && q > 0 && (char.IsLetter(text[q - 1]) || text[q - 1] == '_'))
                return null;
        }

        if (negative)
            s.Value = -s.Value;
        var pos = s.NumEnd;

        // Scale word.
        var sm = ScaleRx().Match(text, pos);
        if (sm.Success && (sm.Groups["s"].Success || s.Currency is not null))
        {
            s.Scale = ParseScale(sm.Groups["s"].Success ? sm.Groups["s"].Value : sm.Groups["a"].Value);
            pos = sm.Index + sm.Length;
        }
        else if (s.IsWord && s.Value == 1 && num.Groups["w"].Value.Length <= 2)
        {
            return null; // "a"/"an" only count before a scale word
        }

        // Currency word after the number: "400 million dollars", "13 billion euros", "35,50 €".
        if (s.Currency is null)
        {
            var cw = CurrencyAfterRx().Match(text, pos);
            if (cw.Success)
            {
                s.Currency = CurrencyFromWord(cw.Groups["c"].Value);
                pos = cw.Index + cw.Length;
            }
        }

        // Unit of a non-monetary figure.
        if (s.Currency is null)
        {
            var um = UnitRx().Match(text, pos);
            if (um.Success && MapUnit(um.Groups["u"].Value, out var unit, out var unitScale, out var unitDen, out var duration))
            {
                if (unit == "bbl" && OilEquivalentRx().IsMatch(text, um.Index + um.Length))
                    return null; // "barrels of oil equivalent": not barrels
                s.NumUnit = unit;
                if (unitScale != Scale.None)
                {
                    if (s.Scale != Scale.None)
                        return null;
                    s.Scale = unitScale;
                }

                s.Den = unitDen;
                s.IsDuration = duration;
                pos = um.Index + um.Length;
            }
        }

        var den = s.Den;
        var denInferred = false;
        pos = ParseDenominators(text, pos, s.Currency, s.NumUnit, s.IsDuration, ref den, ref denInferred);
        s.Den = den;
        s.DenInferred = denInferred;

        // "$80 Brent": a price named by its benchmark, quoted per barrel by convention.
        if (s.Currency == "USD" && s.Den is null && s.Scale == Scale.None)
        {
            var bm = OilBenchmarkAfterRx().Match(text, pos);
            if (bm.Success)
            {
                s.Den = "bbl";
                s.DenInferred = true;
                s.DenFromBenchmark = true;
                pos = bm.Index + bm.Length;
            }
        }
        s.End = pos;
        return s;
    }

    /// <summary>Parses a denominator or period after the figure's unit ("per 1,000 cubic meters", "a barrel", "/MWh", "a year", "annually"), and the "34 euros ($37) per megawatt-hour" form.</summary>
    private static int ParseDenominators(string text, int pos, string? currency, string? numUnit, bool isDuration, ref string? den, ref bool denInferred)
    {
        if (den is not null || isDuration || (currency is null && numUnit is null) || numUnit is "pp" or "bp")
            return pos;

        var dm = DenominatorRx().Match(text, pos);
        if (dm.Success && MapDenominator(dm.Groups["d"].Value, dm.Groups["slash"].Success, out var d1)
            && (!dm.Groups["cur"].Success || (currency is not null && d1 is "USD" or "EUR" && d1 != currency))
            && !(d1 is "year" or "month" or "day" && PeriodTailRx().IsMatch(text, dm.Index + dm.Length))
            && !(numUnit == "percent" && d1 is not ("year" or "month" or "day")))
        {
            den = d1;
            return dm.Index + dm.Length;
        }

        var pw = PeriodWordRx().Match(text, pos);
        if (pw.Success)
        {
            den = pw.Groups["p"].Value.ToLowerInvariant() switch
            {
                "daily" => "day",
                "monthly" => "month",
                _ => "year",
            };
            return pw.Index + pw.Length;
        }

        if (currency is not null)
        {
            var paren = ParenSkipRx().Match(text, pos);
            var from = paren.Success ? paren.Index + paren.Length : (pos < text.Length && text[pos] == ')' ? pos + 1 : -1);
            if (from >= 0)
            {
                var pm = DenominatorRx().Match(text, from);
                if (pm.Success && !pm.Groups["slash"].Success && !pm.Groups["cur"].Success && MapDenominator(pm.Groups["d"].Value, false, out var d2) && d2 is not ("year" or "month" or "day"))
                {
                    den = d2;
                    denInferred = true;
                }
            }
        }

        return pos;
    }

    private static string NormalizePhrase(string phrase) =>
        string.Join(' ', phrase.ToLowerInvariant().Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static Scale ParseScale(string word) => word.ToLowerInvariant() switch
    {
        "thousand" or "k" => Scale.Thousand,
        "million" or "mn" or "mln" or "mio" or "m" => Scale.Million,
        "billion" or "bn" or "bln" or "b" => Scale.Billion,
        _ => Scale.Trillion,
    };

    private static string CurrencyFromWord(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Contains("dollar", StringComparison.Ordinal))
            return "USD";
        if (w.StartsWith("euro", StringComparison.Ordinal) || w == "€")
            return "EUR";
        if (w.StartsWith("pound", StringComparison.Ordinal))
            return "GBP";
        if (w.StartsWith("roubl", StringComparison.Ordinal) || w.StartsWith("rubl", StringComparison.Ordinal))
            return "RUB";
        if (w.StartsWith("zlot", StringComparison.Ordinal))
            return "PLN";
        if (w is "yuan" or "renminbi")
            return "CNY";
        if (w == "yen")
            return "JPY";
        if (w.StartsWith("hryvnia", StringComparison.Ordinal))
            return "UAH";
        return word.ToUpperInvariant();
    }

    private static bool MapUnit(string token, out string unit, out Scale scale, out string? den, out bool duration)
    {
        scale = Scale.None;
        den = null;
        duration = false;
        var t = NormalizePhrase(token).Replace('-', ' ');
        switch (t)
        {
            case "%" or "percent" or "per cent" or "pct":
                unit = "percent";
                return true;
            case "percentage point" or "percentage points" or "percentage pt" or "percentage pts" or "pp" or "ppt" or "ppts" or "pps":
                unit = "pp";
                return true;
            case "basis point" or "basis points" or "bp" or "bps":
                unit = "bp";
                return true;
            case "bcm":
                unit = "bcm";
                return true;
            case "tcm":
                unit = "m3";
                scale = Scale.Trillion;
                return true;
            case "mcm":
                unit = "m3";
                scale = Scale.Million;
                return true;
            case "mb/d" or "mbpd" or "mbd":
                unit = "bbl";
                scale = Scale.Million;
                den = "day";
                return true;
            case "kb/d" or "kbpd":
                unit = "bbl";
                scale = Scale.Thousand;
                den = "day";
                return true;
            case "bpd" or "b/d" or "bbl/d":
                unit = "bbl";
                den = "day";
                return true;
            case "barrel" or "barrels" or "bbl" or "bbls":
                unit = "bbl";
                return true;
            case "mtpa":
                unit = "t";
                scale = Scale.Million;
                den = "year";
                return true;
            case "mt":
                unit = "t";
                scale = Scale.Million;
                return true;
            case "t" or "tonne" or "tonnes" or "ton" or "tons" or "metric ton" or "metric tons":
                unit = "t";
                return true;
            case "mwh" or "megawatt hour" or "megawatt hours":
                unit = "MWh";
                return true;
            case "gj" or "gigajoule" or "gigajoules":
                unit = "GJ";
                return true;
            case "mmbtu" or "million british thermal units":
                unit = "MMBtu";
                return true;
            case "year" or "years":
                unit = "year";
                duration = true;
                return true;
            case "month" or "months":
                unit = "month";
                duration = true;
                return true;
            case "day" or "days":
                unit = "day";
                duration = true;
                return true;
        }

        if (t.StartsWith("cubic met", StringComparison.Ordinal) || t is "m3" or "m³" or "cu m" or "cu. m")
        {
            unit = "m3";
            return true;
        }

        unit = string.Empty;
        return false;
    }

    private static bool MapDenominator(string token, bool slash, out string den)
    {
        var t = NormalizePhrase(token).Replace('-', ' ');
        den = string.Empty;
        if (!slash && t is "d" or "y" or "t")
            return false;
        if (t.StartsWith("1,000 ", StringComparison.Ordinal) || t.StartsWith("1000 ", StringComparison.Ordinal) || t.StartsWith("thousand ", StringComparison.Ordinal))
        {
            den = "1000 m3";
            return true;
        }

        den = t switch
        {
            "tcm" => "1000 m3", // in price quotes "/tcm" is per thousand cubic metres
            "barrel" or "bbl" => "bbl",
            "tonne" or "ton" or "metric ton" or "t" => "t",
            "mwh" or "megawatt hour" => "MWh",
            "kwh" or "kilowatt hour" => "kWh",
            "mmbtu" or "million british thermal units" => "MMBtu",
            "gj" or "gigajoule" => "GJ",
            "therm" => "therm",
            "day" or "d" => "day",
            "year" or "yr" or "y" or "annum" => "year",
            "month" => "month",
            "quarter" => "quarter",
            "dollar" or "us dollar" => "USD",
            "euro" => "EUR",
            _ when t.StartsWith("cubic met", StringComparison.Ordinal) || t is "m3" or "m³" => "m3",
            _ => string.Empty,
        };
        return den.Length > 0;
    }

    // ---------------------------------------------------------------- inference

    private static void AssignSentences(List<Draft> drafts, List<(int Start, int End)> sentences)
    {
        var si = 0;
        foreach (var d in drafts)
        {
            while (si < sentences.Count - 1 && sentences[si].End <= d.Start)
                si++;
            d.Sentence = si;
        }
    }

    private static void Infer(string text, List<Draft> drafts, List<(int Start, int End)> sentences)
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

    private static void InferBare(string text, List<Draft> drafts, int i)
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
            if (d.Start - r.End > PriceReferenceWindow)
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

    private static bool IsInterestRate(string text, Draft d, List<(int Start, int End)> sentences)
    {
        if (sentences.Count == 0)
            return false;
        var (start, end) = sentences[d.Sentence];
        start = Math.Max(start, d.Start - ContextWindow);
        end = Math.Max(start, Math.Min(end, d.End + ContextWindow));
        if (!InterestContextRx().IsMatch(text.AsSpan(start, end - start)))
            return false;

        // "Loans to households grew 14.3%": a change, not a rate.
        var from = Math.Max(start, d.Start - 25);
        if (ChangeVerbRx().IsMatch(text.AsSpan(from, d.Start - from)))
            return false;

        // "the profit tax rate to 25%": a tax, share or ratio named just before the figure is not interest.
        from = Math.Max(start, d.Start - 40);
        return !NotInterestRx().IsMatch(text.AsSpan(from, d.Start - from));
    }

    private static string? SameSentencePrice(List<Draft> drafts, int i)
    {
        var d = drafts[i];
        bool Usable(Draft r, bool after) =>
            !r.Removed && !r.DenFromBenchmark && !r.IsZeroAmount && r.Currency == d.Currency && r.Den is not null && r.NumUnit is null && r.Scale == Scale.None && !(after && r.Inferred);

        Draft? before = null, later = null;
        for (var j = i - 1; j >= 0 && drafts[j].Sentence == d.Sentence && d.Start - drafts[j].End <= PriceReferenceWindow; j--)
        {
            if (Usable(drafts[j], after: false))
            {
                before = drafts[j];
                break;
            }
        }

        for (var j = i + 1; j < drafts.Count && drafts[j].Sentence == d.Sentence && drafts[j].Start - d.End <= PriceReferenceWindow; j++)
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

    private static string? PreviousPrice(List<Draft> drafts, int i)
    {
        var d = drafts[i];
        for (var j = i - 1; j >= 0; j--)
        {
            var r = drafts[j];
            if (d.Start - r.End > PriceReferenceWindow)
                break;
            if (!r.Removed && !r.DenFromBenchmark && !r.IsZeroAmount && r.Currency == d.Currency && r.Den is not null && r.NumUnit is null && r.Scale == Scale.None)
                return r.Den;
        }

        return null;
    }

    private static string? BenchmarkUnit(string text, List<Draft> drafts, int i, List<(int Start, int End)> sentences)
    {
        var d = drafts[i];
        var sentenceStart = Math.Max(sentences.Count > 0 ? sentences[d.Sentence].Start : 0, d.Start - ContextWindow);

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

    // ---------------------------------------------------------------- zero amounts without a printed number

    /// <summary>
    /// Adds a figure of exactly 0 for a zero-amount phrase about a premium, discount or surcharge ("Without any
    /// premium", "no premium", "zero discount"), with the unit inferred from the sentence and the one before:
    /// oil context → USD/t (Russian oil premiums and export duties are quoted per tonne), gas context →
    /// USD/1000 m3 (the quoting unit of Russian gas prices). No context, or both, gives no figure, as for a bare
    /// number whose unit cannot be inferred.
    /// </summary>
    private static void AddZeroAmounts(string text, List<Draft> drafts, List<(int Start, int End)> sentences)
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
            from = Math.Max(from, start - ContextWindow);
            to = Math.Min(to, end + ContextWindow);
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

    // ---------------------------------------------------------------- building candidates

    private static List<FigureCandidate> Build(string text, List<Draft> drafts, List<(int Start, int End)> sentences)
    {
        var result = new List<FigureCandidate>(drafts.Count);
        foreach (var d in drafts)
        {
            var unitText = d.UnitText;
            if (unitText is null || !Unit.TryParse(unitText, out var unit) || unit is null)
                continue;
            var printed = text[d.Start..d.End];
            Figure figure;
            try
            {
                figure = Figure.Create(printed, d.Bound, d.Value, unit, d.Scale, d.High, d.Tolerance);
            }
            catch (EnergyFiguresException)
            {
                continue;
            }

            var (ss, se) = sentences.Count > 0 ? sentences[d.Sentence] : (0, text.Length);
            ss = Math.Min(ss, d.Start);
            se = Math.Max(se, d.End);

            // A run-on "sentence" (a text without full stops) is clipped to a window around the figure, at spaces.
            if (d.Start - ss > ContextWindow)
            {
                var cut = text.IndexOf(' ', d.Start - ContextWindow, ContextWindow);
                ss = cut >= 0 ? cut + 1 : d.Start;
            }

            if (se - d.End > ContextWindow)
            {
                var cut = text.LastIndexOf(' ', d.End + ContextWindow - 1, ContextWindow);
                se = cut >= d.End ? cut : d.End;
            }

            result.Add(new FigureCandidate(d.Start, d.End, figure, ss, text[ss..se], d.Inferred));
        }

        return result;
    }

    // ---------------------------------------------------------------- patterns

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,])(?:(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+,\d{1,2}(?=\s?€)|\d+(?:\.\d+)?)|(?<w>(?i:an?(?=\s(?:thousand|million|billion|trillion)\b)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?![\p{L}])))", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRx();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsRx();

    [GeneratedRegex(@"\G(?:bn|bln|mn|mln|mio|tn|trn|trln|tln|k|m|b|K|M|B|bp|bps|pp|ppt|bcm|mcm|tcm|mtpa|Mt|MWh|GJ|MMBtu|t|kb/d|mb/d|bpd)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex AttachedSuffixRx();

    [GeneratedRegex(@"\G(?:\s?(?<s>thousand|million|billion|trillion|bn|bln|mn|mln|mio|tn|trn|trln|tln)|(?<a>[kmbKMB]))(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScaleRx();

    [GeneratedRegex(@"\G\s?(?<c>(?:U\.S\.\s|US\s)?dollars?|euros?|pounds(?:\s+sterling)?|roubles?|rubles?|zlotys?|yuan|renminbi|yen|hryvnias?|€(?!\s?\d)|(?:USD|EUR|GBP|RUB|PLN|CHF|CNY|JPY|BYN|UAH)(?![\p{L}]))(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyAfterRx();

    [GeneratedRegex(@"\G\s?(?<u>%|per\s?cent|percent|pct|percentage\s+points?|percentage\s+pts?|ppts?|pps|pp|basis\s+points?|bps?|bcm|tcm|mcm|mb/d|mbpd|mbd|kb/d|kbpd|bpd|b/d|bbl/d|barrels?|bbls?|mtpa|Mt|metric\s+tons?|tonnes?|tons?|t|MWh|megawatt[-\s]hours?|GJ|gigajoules?|MMBtu|million\s+British\s+thermal\s+units|cubic\s+met(?:er|re)s?|m3|m³|cu\.?\s?m|years?|months?|days?)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnitRx();

    [GeneratedRegex(@"\G(?:\s?(?<slash>/)\s?|\s+(?:per|a|an|each|every|for\s+(?:every|each))\s+|(?<cur>\s+(?:to|against)\s+the\s+))(?<d>(?:1,000|1000|thousand)\s+(?:cubic\s+met(?:er|re)s|m3|m³|cu\.?\s?m)|tcm|cubic\s+met(?:er|re)|m3|m³|barrel|bbl|tonne|metric\s+ton|ton|t|MWh|megawatt[-\s]hour|kWh|kilowatt[-\s]hour|MMBtu|million\s+British\s+thermal\s+units|GJ|gigajoule|therm|day|d|year|yr|y|annum|month|quarter|US\s+dollar|dollar|euro)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DenominatorRx();

    [GeneratedRegex(@"\G\s+(?<p>annually|yearly|p\.a\.|daily|monthly)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWordRx();

    [GeneratedRegex(@"\G[\s-]+(?:earlier|ago|before|later|after|on[\s-]+(?:the\s+)?(?:year|month|day))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeriodTailRx();

    [GeneratedRegex(@"\G\s+(?:ago|later|earlier|old|before|after)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DurationTailRx();

    [GeneratedRegex(@"\G\s*\([^()\n\d]{0,6}\d[^()\n]{0,20}\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParenSkipRx();

    [GeneratedRegex(@"\G\s?(?:±|\+/-|\+-|plus\s+or\s+minus)\s?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlusMinusRx();

    [GeneratedRegex(@"\G(?:(?<dash>\s?[-–—]\s?)|(?<to>\s+to\s+)|(?<and>\s+and\s+))", RegexOptions.CultureInvariant)]
    private static partial Regex RangeConnectorRx();

    [GeneratedRegex(@"\G\s+(?<p>or\s+so|or\s+more|or\s+less)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PostBoundRx();

    [GeneratedRegex(@"\G(?:\s+(?!(?:a|per|every|each)\s)[\p{L}'’]+){1,4}\s+(?:(?:a|per|every|each)\s+(?<p>year|day|month)|(?<p>annually|yearly|daily|monthly))\b(?![\s-]+(?:earlier|ago|before|later|after|on\b))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LaterPeriodRx();

    [GeneratedRegex(@"\G\s+(?<w>[\p{L}]+)", RegexOptions.CultureInvariant)]
    private static partial Regex WordAfterRx();

    [GeneratedRegex(@"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|climb(?:ed|s|ing)?|jump(?:ed|s)?|surg(?:e|ed|es)|grew|grow(?:s|n|ing)?|declin(?:e|ed|es|ing)|drop(?:ped|s)?|slip(?:ped|s)?|slid|cut(?:s|ting)?|rais(?:e|ed|es|ing)|lower(?:ed|s|ing)?|lift(?:ed|s|ing)?|reduc(?:e|ed|es|ing)|eas(?:e|ed|es|ing)|went|mov(?:e|ed|es)|chang(?:e|ed|es)|widen(?:ed|s)?|narrow(?:ed|s)?|gain(?:ed|s)?|lost|soar(?:ed|s)?|plung(?:e|ed|es)|tumbl(?:e|ed|es)|slump(?:ed|s)?|edg(?:e|ed|es)|shr[ai]nk|shrunk|doubl(?:e|ed)|halv(?:e|ed))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChangeVerbRx();

    [GeneratedRegex(@"\b(?:loans?|interest|deposits?|coupons?|yields?|mortgages?|borrow(?:s|ed|ing)?|lending|(?:policy|key|refinancing|discount)\s+rate)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InterestContextRx();

    [GeneratedRegex(@"\G\s+of\s+oil\s+equivalent\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OilEquivalentRx();

    [GeneratedRegex(@"\G\s(?:Brent|WTI|Urals|Dubai)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OilBenchmarkAfterRx();

    [GeneratedRegex(@"\b(?:tax|taxes|VAT|duty|duties|levy|tariffs?|stake|share|margin|ratio|payout|inflation|growth|GDP)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotInterestRx();

    [GeneratedRegex(@"\b(?:Brent|WTI|Urals|Dubai|ESPO)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OilBenchmarkRx();

    [GeneratedRegex(@"\b(?:Henry\s+Hub|JKM)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GasBenchmarkUsdRx();

    [GeneratedRegex(@"\b(?:TTF|baseload|day-ahead|power\s+price)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EuroMwhBenchmarkRx();

    /// <summary>A zero amount of a premium, discount or surcharge: "without any premium", "with no discount", "no premium" (then only before punctuation or a function word, so "no premium quality" is not one), "zero surcharge".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?:without\s+(?:any|a)\s+|with\s+no\s+|zero\s+|no\s+)(?:premium|discount|surcharge|mark-?up)s?(?![\p{L}\p{N}-])(?=\s*(?:[.,;:!?)]|$|\s(?:to|on|over|for|at|in|from|against|compared|relative|whatsoever|at\s+all|was|were|is|are|will|would|has|had|have|applies|applied)\b))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ZeroAmountRx();

    [GeneratedRegex(@"\b(?:oil|crude|petroleum|barrels?|tonnes?|tons?|Urals|Druzhba)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ZeroOilContextRx();

    [GeneratedRegex(@"\b(?:gas|LNG|Gazprom|cubic\s+met(?:er|re)s?|bcm|m3)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ZeroGasContextRx();
}
