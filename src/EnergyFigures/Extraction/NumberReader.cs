using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using EnergyFigures.Units;

namespace EnergyFigures.Extraction;

/// <summary>Reads one side of a figure at a number match: the number (digits or words, thousands separators, decimal comma), a currency sign or code before it, a minus sign, the scale word, and the unit and denominator after it (through <see cref="UnitReader"/>).</summary>
internal static partial class NumberReader
{
    internal static readonly FrozenDictionary<string, decimal> WordNumbers = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["thirteen"] = 13, ["fourteen"] = 14, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    internal static Side? ParseSide(string text, NumberMatch num, bool allowLeft)
    {
        var s = new Side { NumStart = num.Index, NumEnd = num.Index + num.Length };
        var half = false;
        if (num.IsWord)
        {
            s.IsWord = true;
            var word = text.Substring(num.Index, num.Length).ToLowerInvariant();
            var hundreds = word.EndsWith(" hundred", StringComparison.Ordinal) || word.EndsWith("\nhundred", StringComparison.Ordinal);
            s.Value = WordNumbers[hundreds ? word[..word.LastIndexOfAny([' ', '\n'])].TrimEnd() : word] * (hundreds ? 100 : 1); // "four hundred" → 400

            // "half a billion": a number, 0.5 billion (not "a billion").
            if (s.Value == 1 && num.Length <= 2 && s.NumStart >= 5
                && string.Equals(text.Substring(s.NumStart - 5, 5), "half ", StringComparison.OrdinalIgnoreCase)
                && (s.NumStart == 5 || !char.IsLetter(text[s.NumStart - 6])))
            {
                s.Value = 0.5m;
                half = true;
            }
        }
        else
        {
            var raw = text.AsSpan(num.Index, num.Length);
            Span<char> buffer = raw.Length <= 64 ? stackalloc char[64] : new char[raw.Length];
            var length = 0;
            if (raw.Contains(',') && !ThousandsRx().IsMatch(raw))
            {
                foreach (var ch in raw)
                    buffer[length++] = ch == ',' ? '.' : ch; // continental decimal comma: "35,50 €"
            }
            else
            {
                foreach (var ch in raw)
                {
                    if (ch is not (',' or '\'' or '’'))
                        buffer[length++] = ch; // "1,250", Swiss "1'250"
                }
            }

            var normalized = buffer[..length];
            if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out s.Value))
                return null;
            s.HasDecimalPoint = normalized.Contains('.');
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

            // "$ 100", "€ 45", and "$ \n1,126" (a sign cut from its number by a line break in scraped text).
            var k = p;
            var breaks = 0;
            while (k > 0 && p - k < 3 && text[k - 1] is ' ' or '\u00A0' or '\n')
            {
                if (text[k - 1] == '\n')
                    breaks++;
                k--;
            }

            if (k < p && breaks <= 1 && k > 0 && text[k - 1] is '$' or '€' or '£' or '₽' or '₹')
                p = k;
            if (p > 0 && text[p - 1] is '$' or '€' or '£' or '₽' or '₹')
            {
                s.Currency = text[p - 1] switch { '$' => "USD", '€' => "EUR", '£' => "GBP", '₹' => "INR", _ => "RUB" };
                p--;
                if (s.Currency == "USD" && p >= 2 && text[p - 2] == 'U' && text[p - 1] == 'S')
                    p -= 2;
                q = p;
            }
            else
            {
                var c = p;
                if (c > 0 && text[c - 1] is ' ' or '\u00A0' or '\n')
                    c--; // "USD 100", "PLN\n319.6/MWh"
                if (c >= 3 && UnitReader.CurrencyCodeLookup.TryGetValue(text.AsSpan(c - 3, 3), out var code) && (c == 3 || !char.IsLetter(text[c - 4])))
                {
                    s.Currency = UnitReader.CurrencyFromCode(code);
                    q = c - 3;
                }
                else if (RupeePrefixLength(text, c) is > 0 and var rs)
                {
                    s.Currency = "INR"; // "Rs 1,650", "Rs. 1,650"
                    q = c - rs;
                }
            }

            if (q > 0 && text[q - 1] is '-' or '−' && (q == 1 || char.IsWhiteSpace(text[q - 2]) || text[q - 2] is '(' or '['))
            {
                negative = true;
                q--;
            }
            else if (q > 0 && text[q - 1] == '+' && (q == 1 || char.IsWhiteSpace(text[q - 2]) || text[q - 2] is '(' or '['))
            {
                q--; // "+8.0%": an explicit plus sign is printed with the figure
            }
            else if (q >= 6 && string.Compare(text, q - 6, "minus ", 0, 6, StringComparison.OrdinalIgnoreCase) == 0 && (q == 6 || !char.IsLetter(text[q - 7])))
            {
                negative = true; // "minus 0.1%"
                q -= 6;
            }

            s.Start = q;
            if (s.Currency is null && q > 0 && (char.IsLetter(text[q - 1]) || text[q - 1] == '_'))
                return null;
        }

        if (negative)
            s.Value = -s.Value;
        var pos = s.NumEnd;

        // What follows: a scale word, a currency word or a unit starts (after at most one white-space character) with a
        // letter or a sign; anything else ("12,", "12)", "12 (") skips the three expressions below.
        var mayHaveWords = MayStartWords(text, pos);

        // Scale word.
        var sm = mayHaveWords ? ScaleRx().Match(text, pos) : Match.Empty;
        if (sm.Success && (sm.Groups["s"].Success || s.Currency is not null))
        {
            s.Scale = ParseScale(sm.Groups["s"].Success ? sm.Groups["s"].Value : sm.Groups["a"].Value);
            pos = sm.Index + sm.Length;
        }
        else if (s.IsWord && s.Value == 1 && num.Length <= 2)
        {
            return null; // "a"/"an" only count before a scale word
        }

        // Currency word after the number: "400 million dollars", "13 billion euros", "35,50 €", "500 million USD";
        // a currency printed twice ("$150 million USD", "$100 US dollars") is one figure.
        var cw = mayHaveWords ? UnitReader.CurrencyAfterRx().Match(text, pos) : Match.Empty;
        if (cw.Success)
        {
            var wordCurrency = UnitReader.CurrencyFromWord(cw.Groups["c"].Value);
            if (s.Currency is null || s.Currency == wordCurrency)
            {
                s.Currency = wordCurrency;
                pos = cw.Index + cw.Length;
            }
        }

        // Unit of a non-monetary figure.
        if (s.Currency is null)
        {
            var um = mayHaveWords ? UnitReader.UnitRx().Match(text, pos) : Match.Empty;
            if (um.Success && UnitReader.MapUnitCached(text, um.Groups["u"], out var unit, out var unitScale, out var unitDen, out var duration))
            {
                if (unit == "bbl" && UnitReader.OilEquivalentRx().IsMatch(text, um.Index + um.Length))
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
        pos = UnitReader.ParseDenominators(text, pos, s.Currency, s.NumUnit, s.IsDuration, ref den, ref denInferred);
        if (den == "?")
            return null; // a price per gallon or litre: a unit outside the syntax, not a candidate
        s.Den = den;
        s.DenInferred = denInferred;

        // "$80 Brent": a price named by its benchmark, quoted per barrel by convention.
        if (s.Currency == "USD" && s.Den is null && s.Scale == Scale.None)
        {
            var bm = UnitReader.OilBenchmarkAfterRx().Match(text, pos);
            if (bm.Success)
            {
                s.Den = "bbl";
                s.DenInferred = true;
                s.DenFromBenchmark = true;
                pos = bm.Index + bm.Length;
            }
            else if (UnitReader.OilAfterRx().IsMatch(text, pos) || UnitReader.OilDifferentialAfterRx().IsMatch(text, pos))
            {
                s.Den = "bbl"; // "$70 oil": the topic names the quoting unit; "oil" is the measured thing, not the span
                s.DenInferred = true;
            }
        }

        // "100 per dollar", "101.5 against the dollar": an exchange rate whose quoted currency the context names.
        if (s.Currency is null && s.NumUnit is null && !s.IsWord)
        {
            var xc = NextNonSpace(text, pos, out var xs);
            var xq = xs && xc is 'p' or 'P' or 't' or 'T' or 'a' or 'A' ? UnitReader.ExchangeQuoteRx().Match(text, pos) : Match.Empty;
            if (xq.Success)
            {
                s.Den = xq.Groups["c"].Value.EndsWith("euro", StringComparison.OrdinalIgnoreCase) ? "EUR" : "USD";
                s.IsExchangeQuote = true;
                pos = xq.Index + xq.Length;
            }
        }

        s.End = pos;
        return s;
    }

    /// <summary>
    /// The first character at or after <paramref name="pos"/> that is not white space (<c>'\0'</c> at the end of the
    /// text), and whether white space came before it: a cheap test of what an anchored expression can match there.
    /// </summary>
    internal static char NextNonSpace(string text, int pos, out bool spaced)
    {
        var i = pos;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        spaced = i > pos;
        return i < text.Length ? text[i] : '\0';
    }

    /// <summary>
    /// Whether a scale word, currency word or unit can start at <paramref name="pos"/> (<see cref="ScaleRx"/>,
    /// <see cref="UnitReader.CurrencyAfterRx"/>, <see cref="UnitReader.UnitRx"/> all begin with at most one white-space
    /// character, then a letter or one of <c>% € $ £</c>): false lets a figure skip the three expressions.
    /// </summary>
    private static bool MayStartWords(string text, int pos)
    {
        if (pos >= text.Length)
            return false;
        var c = text[pos];
        if (char.IsWhiteSpace(c))
        {
            if (pos + 1 >= text.Length)
                return false;
            c = text[pos + 1];
        }

        return char.IsLetter(c) || c is '%' or '€' or '$' or '£';
    }

    /// <summary>The length of a rupee prefix ("Rs", "Rs.") ending at <paramref name="end"/>, or 0.</summary>
    private static int RupeePrefixLength(string text, int end)
    {
        var e = end > 0 && text[end - 1] == '.' ? end - 1 : end;
        if (e < 2 || text[e - 2] != 'R' || text[e - 1] != 's' || (e > 2 && char.IsLetter(text[e - 3])))
            return 0;
        return end - (e - 2);
    }

    internal static Scale ParseScale(string word) => word.ToLowerInvariant() switch
    {
        "thousand" or "k" => Scale.Thousand,
        "million" or "mn" or "mln" or "mio" or "m" => Scale.Million,
        "billion" or "bn" or "bln" or "b" => Scale.Billion,
        _ => Scale.Trillion,
    };

    /// <summary>A number in digits (thousands separators, decimal point or comma) or in words, not inside a word or a longer number.</summary>
    private const string NumberPattern = @"(?<![\p{L}\p{N}_.,'’])(?:(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?(?!\d|['’]\d)|\d+,\d{1,2}(?=\s?(?:€|%\s+compared))|(?<=(?:€|EUR|CHF)\s?)\d+,\d{2}(?!\d|,\d)|\d+(?:\.\d+)?)|(?<w>(?i:an?(?=\s(?:thousand|million|billion|trillion)\b)|(?:one|two|three|four|five|six|seven|eight|nine|a)\s+hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![\p{L}])))";

    /// <summary>Finds numbers anywhere (scans every position; for short windows). <see cref="NextNumber"/> finds the same numbers faster.</summary>
    [GeneratedRegex(NumberPattern, RegexOptions.CultureInvariant)]
    internal static partial Regex NumberRx();

    /// <summary>A number starting exactly at the start position.</summary>
    [GeneratedRegex(@"\G" + NumberPattern, RegexOptions.CultureInvariant)]
    private static partial Regex NumberAtRx();

    /// <summary>Lower-case words that can start a number in words (<see cref="NumberPattern"/>'s <c>w</c> group).</summary>
    private static readonly FrozenSet<string> NumberFirstWords = new[]
    {
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberFirstWordLookup = NumberFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The first number starting at or after <paramref name="pos"/> and before <paramref name="end"/>: the match
    /// <c>NumberRx().Match(text, pos)</c> finds, but the regular expression is tried only where a number can start (a
    /// digit, or a word that can begin a number in words, with no letter, digit or separator before it), so the text is
    /// scanned once, character by character, instead of trying the expression at every position.
    /// </summary>
    internal static NumberMatch? NextNumber(string text, int pos, int end)
    {
        var rx = NumberAtRx();
        end = Math.Min(end, text.Length);
        for (var i = pos; i < end; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) || (c > '\u007F' && char.IsDigit(c)))
            {
                if (i == 0 || !BlocksNumber(text[i - 1]))
                {
                    if (MatchAt(rx, text, i) is { } m)
                        return m;
                }

                while (i + 1 < end && char.IsNumber(text[i + 1]))
                    i++; // inside a run of digits no number starts
                continue;
            }

            if (!char.IsLetter(c))
                continue;
            var wordEnd = i + 1;
            var ascii = c <= '\u007F';
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                ascii &= text[wordEnd] <= '\u007F';
                wordEnd++;
            }

            // A number in words is a whole word (the expression requires no letter before or after it); a word with
            // letters outside ASCII goes to the expression, whose case-insensitive matching is wider than ASCII.
            if ((i == 0 || !BlocksNumber(text[i - 1])) && (!ascii || NumberFirstWordLookup.Contains(text.AsSpan(i, wordEnd - i))))
            {
                if (MatchAt(rx, text, i) is { } m)
                    return m;
            }

            i = wordEnd - 1;
        }

        return null;
    }

    /// <summary>The number the anchored expression finds at <paramref name="i"/>, without allocating a <see cref="Match"/>.</summary>
    private static NumberMatch? MatchAt(Regex anchored, string text, int i)
    {
        foreach (var vm in anchored.EnumerateMatches(text.AsSpan(), i))
        {
            return new NumberMatch(vm.Index, vm.Length, char.IsLetter(text[vm.Index])); // a number in words starts with a letter, digits with a digit
        }

        return null;
    }

    /// <summary>A number found by <see cref="NextNumber"/> or <see cref="NumberRx"/>: where it is printed, and whether in words (the <c>w</c> group) or digits (<c>n</c>).</summary>
    internal readonly record struct NumberMatch(int Index, int Length, bool IsWord)
    {
        /// <summary>The number of a match of <see cref="NumberRx"/>.</summary>
        public static NumberMatch From(Match m) => new(m.Index, m.Length, m.Groups["w"].Success);
    }

    /// <summary>A character after which no number starts: the expression's look-behind <c>[\p{L}\p{N}_.,'’]</c>.</summary>
    private static bool BlocksNumber(char c) => char.IsLetter(c) || char.IsNumber(c) || c is '_' or '.' or ',' or '\'' or '’';



    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    internal static partial Regex ThousandsRx();

    [GeneratedRegex(@"\G(?:bn|bln|mn|mln|mio|tn|trn|trln|tln|k|m|b|K|M|B|bp|bps|pp|ppt|bcm|mcm|tcm|mtpa|Mt|MWh|GJ|MMBtu|t|kb/d|mb/d|bpd)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    internal static partial Regex AttachedSuffixRx();

    [GeneratedRegex(@"\G(?:\s?(?<s>thousand|million|billion|trillion|bn|bln|mn|mln|mio|tn|trn|trln|tln)|(?<a>[kmbKMB]))(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex ScaleRx();
}
