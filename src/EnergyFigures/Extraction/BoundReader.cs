using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using EnergyFigures.Units;

namespace EnergyFigures.Extraction;

/// <summary>Reads the words that bound a figure (docs/extraction.md §7): bound phrases before it, "or so"/"or more"/"or less" after it, ranges ("from X to Y", "between X and Y", "X-Y") and plus-minus tolerances; tells a range from a change ("rose from X to Y").</summary>
internal static partial class BoundReader
{
    internal static readonly FrozenDictionary<string, BoundKind> BoundPhrases = new Dictionary<string, BoundKind>(StringComparer.Ordinal)
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
        ["in the order of"] = BoundKind.Approximately,
        ["on the order of"] = BoundKind.Approximately,
        ["of the order of"] = BoundKind.Approximately,
        ["in the range of"] = BoundKind.Approximately,
        ["~"] = BoundKind.Approximately,
        ["under"] = BoundKind.Under,
        ["just under"] = BoundKind.Under,
        ["below"] = BoundKind.Under,
        ["just below"] = BoundKind.Under,
        ["less than"] = BoundKind.Under,
        ["fewer than"] = BoundKind.Under,
        ["well below"] = BoundKind.Under,
        ["well under"] = BoundKind.Under,
        ["slightly below"] = BoundKind.Under,
        ["slightly under"] = BoundKind.Under,
        ["slightly less than"] = BoundKind.Under,
        ["just short of"] = BoundKind.Under,
        ["short of"] = BoundKind.Under,
        ["just shy of"] = BoundKind.Under,
        ["shy of"] = BoundKind.Under,
        ["up to"] = BoundKind.AtMost,
        ["at most"] = BoundKind.AtMost,
        ["no more than"] = BoundKind.AtMost,
        ["not more than"] = BoundKind.AtMost,
        ["a maximum of"] = BoundKind.AtMost,
        ["within"] = BoundKind.AtMost,
        ["nearly"] = BoundKind.AtMost,
        ["almost"] = BoundKind.AtMost,
        ["as much as"] = BoundKind.AtMost,
        ["as many as"] = BoundKind.AtMost,
        ["as high as"] = BoundKind.AtMost,
        ["not exceeding"] = BoundKind.AtMost,
        ["no higher than"] = BoundKind.AtMost,
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
        ["upward of"] = BoundKind.Over,
        ["well in excess of"] = BoundKind.Over,
        ["just above"] = BoundKind.Over,
        ["slightly above"] = BoundKind.Over,
        ["slightly over"] = BoundKind.Over,
        ["slightly more than"] = BoundKind.Over,
        ["a little over"] = BoundKind.Over,
        ["a little more than"] = BoundKind.Over,
        ["at least"] = BoundKind.AtLeast,
        ["no less than"] = BoundKind.AtLeast,
        ["not less than"] = BoundKind.AtLeast,
        ["a minimum of"] = BoundKind.AtLeast,
        ["no fewer than"] = BoundKind.AtLeast,
        ["not fewer than"] = BoundKind.AtLeast,
        ["no lower than"] = BoundKind.AtLeast,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Bound phrases that may bound a duration ("within five years"); "over N years" usually means "spread over".</summary>
    internal static readonly FrozenSet<string> DurationBoundPhrases = new[]
    {
        "within", "up to", "at most", "no more than", "not more than", "a maximum of", "nearly", "almost",
        "at least", "no less than", "not less than", "a minimum of", "more than", "less than", "fewer than", "just under", "under",
        "as much as", "as many as", "in excess of", "upwards of", "well over",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that state a figure was passed ("exports exceeded 35 bcm", "storage tops 95%"): bound <c>over</c>; the verb is part of the span, as "exceeding" is.</summary>
    internal static readonly FrozenSet<string> ExceedVerbs = new[]
    {
        "exceeded", "exceeds", "exceed", "surpassed", "surpasses", "surpass", "topped", "tops", "outstripped", "outstrips",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns after which "over" means "about" ("a dispute over $0.7 billion"), not "more than".</summary>
    internal static readonly FrozenSet<string> OverAsAboutNouns = new[]
    {
        "dispute", "disputes", "row", "rows", "talks", "fight", "fights", "battle", "quarrel", "standoff", "stand-off", "disagreement",
        "clash", "argument", "arguments", "concern", "concerns", "worries", "tension", "tensions", "negotiations", "wrangle", "spat", "feud", "lawsuit", "arbitration",
    }.ToFrozenSet(StringComparer.Ordinal);

    internal static Draft? ParseAt(string text, NumberReader.NumberMatch num, int previousEnd, bool allowBareInteger = false)
    {
        var a = NumberReader.ParseSide(text, num, allowLeft: true);
        if (a is null)
            return null;

        // A bare whole number (a year, a count, a date) is no figure unless a range gives it a unit ("3 to 4 billion
        // dollars", "between 2 and 3%"): without a range connector after it, stop here (the end of this method would).
        if (!allowBareInteger && a.Currency is null && a.NumUnit is null && !a.IsExchangeQuote && (a.IsWord || (a.Scale == Scale.None && !a.HasDecimalPoint))
            && NumberReader.NextNonSpace(text, a.End, out _) is not ('-' or '–' or '—' or 't' or 'a'))
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

            // "a dispute over $0.7 billion": "over" means "about" there.
            if (phrase == "over" && n > 0 && OverAsAboutNouns.Contains(Lower(text, words[0])))
            {
                phrase = null;
                start = a.Start;
                n = WordsBefore(text, start, limit, words);
            }
        }

        var exceeded = phrase is null && n > 0 && ExceedVerbs.Contains(Lower(text, words[0]))
            || (phrase is null && n > 0 && Lower(text, words[0]) == "top" && !(n > 1 && Lower(text, words[1]) is "the" or "a" or "its" or "their" or "his" or "her" or "our"));

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

        // "exceeded €1,000/MWh", "should not exceed 60 bcm": the verb is the bound phrase, in the span like "exceeding".
        if (exceeded)
            start = n > 1 && Lower(text, words[1]) is "not" or "never" ? words[1].Start : words[0].Start;

        var d = new Draft
        {
            Start = start,
            End = a.End,
            Bound = phrase is not null ? BoundPhrases[phrase] : exceeded ? BoundKind.Over : BoundKind.Exact,
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
            IsExchangeQuote = a.IsExchangeQuote,
        };

        // "should not exceed 60 bcm": a negated "exceed" is an upper bound.
        if (exceeded && n > 1 && Lower(text, words[1]) is "not" or "never")
            d.Bound = BoundKind.AtMost;

        // Plus-minus: "4% ± 1 percentage point".
        var pmc = NumberReader.NextNonSpace(text, a.End, out _);
        var pm = pmc is '±' or '+' or 'p' or 'P' ? PlusMinusRx().Match(text, a.End) : Match.Empty;
        if (pm.Success)
        {
            var tm = NumberReader.NumberRx().Match(text, pm.Index + pm.Length, Math.Min(text.Length - pm.Index - pm.Length, 64));
            if (tm.Success && tm.Index == pm.Index + pm.Length)
            {
                var t = NumberReader.ParseSide(text, NumberReader.NumberMatch.From(tm), allowLeft: false);
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
            var postc = NumberReader.NextNonSpace(text, d.End, out var posts);
            var post = posts && postc is 'o' or 'O' ? PostBoundRx().Match(text, d.End) : Match.Empty;
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

        if (d.Bare && (a.IsWord || (d.Scale == Scale.None && !d.HasDecimalPoint && !allowBareInteger)))
            return null;

        return d;
    }

    /// <summary>The last words of the bound phrases: a cheap filter before building phrase candidates.</summary>
    internal static readonly FrozenSet<string> PhraseLastWords = BoundPhrases.Keys.Select(k => k[(k.LastIndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Collects up to <c>words.Length</c> whole words before <paramref name="pos"/> (nearest first), each separated by white space, not crossing <paramref name="limit"/>.</summary>
    internal static int WordsBefore(string text, int pos, int limit, Span<(int Start, int End)> words)
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

    /// <summary>Every word the bound rules compare a word before a figure with, each mapped to itself (the interned string).</summary>
    private static readonly FrozenDictionary<string, string> KnownWords = BoundPhrases.Keys.SelectMany(k => k.Split(' '))
        .Concat(ExceedVerbs).Concat(OverAsAboutNouns)
        .Concat(["top", "the", "a", "its", "their", "his", "her", "our", "between", "from", "not", "never"])
        .Distinct(StringComparer.Ordinal).ToFrozenDictionary(w => w, w => w, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownWordLookup = KnownWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every bound phrase mapped to itself (the interned key of <see cref="BoundPhrases"/>).</summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup =
        BoundPhrases.Keys.ToFrozenDictionary(k => k, k => k, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The word in lower case (invariant) when it is one the bound rules know (<see cref="KnownWords"/>), else the empty
    /// string, which no rule compares equal: the same answers as lower-casing every word, without a string per word.
    /// </summary>
    internal static string Lower(string text, (int Start, int End) word)
    {
        Span<char> buffer = stackalloc char[32];
        var n = text.AsSpan(word.Start, word.End - word.Start).ToLowerInvariant(buffer);
        return n > 0 && KnownWordLookup.TryGetValue(buffer[..n], out var known) ? known : string.Empty;
    }

    /// <summary>The words (given nearest first) in text order, lower case, joined by single spaces, when they make a bound phrase; else the empty string.</summary>
    internal static string JoinLower(string text, ReadOnlySpan<(int Start, int End)> nearestFirst)
    {
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        for (var i = nearestFirst.Length - 1; i >= 0; i--)
        {
            if (length > 0)
            {
                if (length >= buffer.Length)
                    return string.Empty;
                buffer[length++] = ' ';
            }

            var n = text.AsSpan(nearestFirst[i].Start, nearestFirst[i].End - nearestFirst[i].Start).ToLowerInvariant(buffer[length..]);
            if (n < 0)
                return string.Empty; // longer than any phrase
            length += n;
        }

        return PhraseLookup.TryGetValue(buffer[..length], out var phrase) ? phrase : string.Empty;
    }

    internal static void TryRange(string text, Side a, Draft d, string? opener, int openerStart)
    {
        var cc = NumberReader.NextNonSpace(text, a.End, out _);
        if (cc is not ('-' or '–' or '—' or 't' or 'a'))
            return;
        var cm = RangeConnectorRx().Match(text, a.End);
        if (!cm.Success)
            return;
        var connector = cm.Groups["dash"].Success ? "-" : cm.Groups["to"].Success ? "to" : "and";
        if (connector == "and" && opener != "between")
            return;

        var bStart = cm.Index + cm.Length;
        var nm = NumberReader.NumberRx().Match(text, bStart, Math.Min(text.Length - bStart, 64));
        if (!nm.Success)
            return;

        // Side B may repeat the currency sign: "$75-$80", "£1,650-£1,700", "€25 and €45".
        var gap = text.AsSpan(bStart, nm.Index - bStart);
        if (gap.Length > 4 || (gap.Length > 0 && !IsCurrencyPrefix(gap)))
            return;
        var b = NumberReader.ParseSide(text, NumberReader.NumberMatch.From(nm), allowLeft: true);
        if (b is null || b.Start != bStart || a.IsWord != b.IsWord)
            return;

        // A change ("rose from $70 to $75", "cut from 7.5% to 7.25%") states two figures, not a range; a bare
        // level before it takes the unit and scale printed after the new level ("dropped from 5.6 to 5.1 million b/d").
        // Without "from", a change reads "X to Y" as two figures only when X prints its own unit ("up $0.42 to $3.18",
        // "in steps of €5/MWh to €70/MWh" after "rising", "raised ... by $1.20 to $2.90 a barrel" with the verb anywhere in
        // the clause); a bare X is the low side of a range ("fall by 5 to 6 million").
        var aPrinted = a.Currency is not null || a.NumUnit is not null;
        var aComplete = aPrinted && (a.Den is not null || a.NumUnit is not null);
        if (connector == "to" && (opener == "from"
                ? HasChangeVerb(text, openerStart)
                : (aPrinted && HasChangeVerbJustBefore(text, d.Start)) || (aComplete && HasChangeVerb(text, d.Start))
                    || (aPrinted && ChangeByBeforeRx().IsMatch(text.AsSpan(Math.Max(0, d.Start - 4), d.Start - Math.Max(0, d.Start - 4))) && HasChangeVerb(text, d.Start, ChangeByWindow))))
        {
            if (d.Bare && opener == "from" && a.IsWord == b.IsWord && (b.Currency is not null || b.NumUnit is not null) && (d.Scale == Scale.None || d.Scale == b.Scale))
            {
                d.Scale = b.Scale;
                d.Currency = b.Currency;
                d.NumUnit = b.NumUnit;
                d.Den = b.Den;
                d.IsDuration = b.IsDuration;
                d.Inferred = true;
            }

            return;
        }

        if (a.Currency is not null && b.Currency is not null && a.Currency != b.Currency)
            return;
        if (a.NumUnit is not null && b.NumUnit is not null && a.NumUnit != b.NumUnit)
            return;
        if (a.Den is not null && b.Den is not null && a.Den != b.Den)
            return;
        if ((a.Currency is not null && b.NumUnit is not null) || (a.NumUnit is not null && b.Currency is not null))
            return;
        // "$900 million to $1.2 billion": the low side is written in the scale of the high side (docs §4).
        var low = a.Value;
        if (a.Scale != Scale.None && b.Scale != Scale.None && a.Scale != b.Scale)
        {
            if (a.Scale > b.Scale)
                return;
            low = a.Value * ScaleFactor(a.Scale) / ScaleFactor(b.Scale);
        }

        var scale = b.Scale != Scale.None ? b.Scale : a.Scale;
        if (low >= b.Value)
            return;

        d.Bound = BoundKind.Range;
        d.BoundPhrase = null;
        if (opener is "from" or "between" && openerStart >= 0)
            d.Start = openerStart;
        d.End = b.End;
        d.Value = low;
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
            d.End = UnitReader.ParseDenominators(text, d.End, d.Currency, d.NumUnit, d.IsDuration, ref den, ref inferred);
            d.Den = den;
            d.Inferred |= inferred;
        }
    }

    internal static bool IsCurrencyPrefix(ReadOnlySpan<char> gap)
    {
        var s = gap.Trim();
        return s is "$" or "€" or "£" or "₽" or "US$" || (s.Length == 3 && UnitReader.CurrencyCodes.Contains(s.ToString()));
    }

    /// <summary>A change verb right before "X to Y" ("rose 5 to 6%"), not one earlier in the clause ("raised it from minus 0.1% to a range of 0 to 0.1%").</summary>
    private static bool HasChangeVerbJustBefore(string text, int before)
    {
        var from = Math.Max(0, before - 16);
        return ChangeVerbRx().IsMatch(text.AsSpan(from, before - from)) || ChangeAmountBeforeRx().IsMatch(text.AsSpan(from, before - from));
    }

    private static decimal ScaleFactor(Scale scale) => scale switch
    {
        Scale.Thousand => 1_000m,
        Scale.Million => 1_000_000m,
        Scale.Billion => 1_000_000_000m,
        Scale.Trillion => 1_000_000_000_000m,
        _ => 1m,
    };

    /// <summary>How far back a change verb governs "by X to Y" ("raised the price of its flagship grade for Asia by $1.20 to $2.90").</summary>
    private const int ChangeByWindow = 160;

    internal static bool HasChangeVerb(string text, int before, int window = 80)
    {
        // The clause before the figure: back to the previous clause break, at most 80 characters.
        var from = Math.Max(0, before - window);
        for (var i = before - 1; i >= from; i--)
        {
            if ((text[i] is ';' or '.' or '!' or '?' or ':' && !(text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
                || (text[i] == '\n' && !SentenceSplitter.IsSoftBreak(text, i)))
            {
                from = i + 1;
                break;
            }
        }

        return ChangeVerbRx().IsMatch(text.AsSpan(from, before - from));
    }

    [GeneratedRegex(@"\G\s+(?:ago|later|earlier|old|before|after)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex DurationTailRx();

    [GeneratedRegex(@"\G\s?(?:±|\+/-|\+-|plus\s+or\s+minus)\s?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex PlusMinusRx();

    [GeneratedRegex(@"\G(?:(?<dash>\s?[-–—]\s?)|(?<to>\s+to\s+)|(?<and>\s+and\s+))", RegexOptions.CultureInvariant)]
    internal static partial Regex RangeConnectorRx();

    [GeneratedRegex(@"\G\s+(?<p>or\s+so|or\s+more|or\s+less)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex PostBoundRx();

    [GeneratedRegex(@"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|climb(?:ed|s|ing)?|jump(?:ed|s)?|surg(?:e|ed|es)|grew|grow(?:s|n|ing)?|declin(?:e|ed|es|ing)|drop(?:ped|s)?|slip(?:ped|s)?|slid|cut(?:s|ting)?|rais(?:e|ed|es|ing)|lower(?:ed|s|ing)?|lift(?:ed|s|ing)?|reduc(?:e|ed|es|ing)|eas(?:e|ed|es|ing)|went|mov(?:e|ed|es)|chang(?:e|ed|es)|widen(?:ed|s)?|narrow(?:ed|s)?|gain(?:ed|s)?|lost|soar(?:ed|s)?|plung(?:e|ed|es)|tumbl(?:e|ed|es)|slump(?:ed|s)?|edg(?:e|ed|es)|shr[ai]nk|shrunk|doubl(?:e|ed)|halv(?:e|ed)|tripl(?:e|ed)|expan(?:d|ded|ds|ding|sion)|boost(?:ed|s|ing)?|trim(?:med|s)?|slash(?:ed|es)?|hik(?:e|ed|es|ing)|revis(?:e|ed|es|ing|ion)|upgrad(?:e|ed|es)|downgrad(?:e|ed|es)|recover(?:ed|s|y)?|rebound(?:ed|s)?|dip(?:ped|s)?|sank|sink(?:s|ing)?|spik(?:e|ed|es)|accelerat(?:e|ed|es)|slow(?:ed|s)?|contracted|reduction|adjust(?:ed|ment)?|reset|shifted|ramped)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex ChangeVerbRx();

    /// <summary>"up $0.42 to $3.18", "down 2% to 5%": an amount of change, then the new level ("by 100,000 to 150,000 b/d" stays a range).</summary>
    [GeneratedRegex(@"\b(?:up|down)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChangeAmountBeforeRx();

    /// <summary>"raised ... by $1.20 to $2.90 a barrel": "by" names the amount of a change, "to" the new level.</summary>
    [GeneratedRegex(@"\bby\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChangeByBeforeRx();
}
