using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using EnergyFigures.Units;

namespace EnergyFigures.Extraction;

/// <summary>Reads the printed unit of a figure (docs/extraction.md §5): currency words and codes after the number, units of volume, mass, energy and percentages, denominators ("per 1,000 cubic meters", "a barrel", "/MWh") and periods ("a year", "annually").</summary>
internal static partial class UnitReader
{
    internal static readonly FrozenSet<string> CurrencyCodes = new[]
    {
        "USD", "EUR", "GBP", "RUB", "PLN", "CHF", "CNY", "JPY", "BYN", "UAH", "NOK", "SEK", "DKK", "CZK", "HUF", "TRY", "KZT", "QAR", "SAR", "INR", "XDR", "SDR",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary><see cref="CurrencyCodes"/>, looked up by a span of the text (the interned code comes back).</summary>
    internal static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyCodeLookup =
        CurrencyCodes.ToFrozenDictionary(c => c, c => c, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The most distinct tokens each reader cache keeps (tokens come from closed expressions; the bound keeps memory bounded anyway).</summary>
    private const int MaxCachedTokens = 4096;

    private static readonly ConcurrentDictionary<string, (bool Ok, string Unit, Scale Scale, string? Den, bool Duration)> UnitTokens = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (bool Ok, string Unit, Scale Scale, string? Den, bool Duration)>.AlternateLookup<ReadOnlySpan<char>> UnitTokenLookup = UnitTokens.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly ConcurrentDictionary<string, (bool Ok, string Den)>[] DenominatorTokens = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private static readonly ConcurrentDictionary<string, (bool Ok, string Den)>.AlternateLookup<ReadOnlySpan<char>>[] DenominatorTokenLookups =
        [DenominatorTokens[0].GetAlternateLookup<ReadOnlySpan<char>>(), DenominatorTokens[1].GetAlternateLookup<ReadOnlySpan<char>>()];

    /// <summary><see cref="MapUnit"/> of the token a group captured, remembered by the token's text (a text repeats a handful of unit tokens).</summary>
    internal static bool MapUnitCached(string text, Group token, out string unit, out Scale scale, out string? den, out bool duration)
    {
        var span = text.AsSpan(token.Index, token.Length);
        if (!UnitTokenLookup.TryGetValue(span, out var r))
        {
            var key = span.ToString();
            r.Ok = MapUnit(key, out r.Unit, out r.Scale, out r.Den, out r.Duration);
            if (UnitTokens.Count < MaxCachedTokens)
                UnitTokens.TryAdd(key, r);
        }

        (unit, scale, den, duration) = (r.Unit, r.Scale, r.Den, r.Duration);
        return r.Ok;
    }

    /// <summary><see cref="MapDenominator"/> of the token a group captured, remembered by the token's text and whether a slash led it.</summary>
    private static bool MapDenominatorCached(string text, Group token, bool slash, out string den)
    {
        var which = slash ? 1 : 0;
        var span = text.AsSpan(token.Index, token.Length);
        if (!DenominatorTokenLookups[which].TryGetValue(span, out var r))
        {
            var key = span.ToString();
            r.Ok = MapDenominator(key, slash, out r.Den);
            if (DenominatorTokens[which].Count < MaxCachedTokens)
                DenominatorTokens[which].TryAdd(key, r);
        }

        den = r.Den;
        return r.Ok;
    }

    /// <summary>Parses a denominator or period after the figure's unit ("per 1,000 cubic meters", "a barrel", "/MWh", "a year", "annually"), and the "34 euros ($37) per megawatt-hour" form.</summary>
    internal static int ParseDenominators(string text, int pos, string? currency, string? numUnit, bool isDuration, ref string? den, ref bool denInferred)
    {
        if (den is not null || isDuration || (currency is null && numUnit is null) || numUnit is "pp" or "bp")
            return pos;

        var next = NumberReader.NextNonSpace(text, pos, out var spaced);
        var dm = next is '/' or 'p' or 'P' or 'a' or 'A' or 'e' or 'E' or 'f' or 'F' or 't' or 'T' ? DenominatorRx().Match(text, pos) : Match.Empty;
        if (dm.Success && MapDenominatorCached(text, dm.Groups["d"], dm.Groups["slash"].Success, out var d1)
            && (!dm.Groups["cur"].Success || IsCurrencyCode(d1)) && (!IsCurrencyCode(d1) || (currency is not null && d1 != currency))
            && !(d1 is "year" or "month" or "day" && !dm.Groups["slash"].Success && PeriodTailRx().IsMatch(text, dm.Index + dm.Length))
            && !(numUnit == "percent" && d1 is not ("year" or "month" or "day")))
        {
            den = d1;
            return dm.Index + dm.Length;
        }

        // "€61 MWh", "EUR 95.40 MWh": an energy unit right after a price, without "per" or "/" (also on the next line of
        // scraped text: "€58,40\nMWh").
        if (currency is not null && numUnit is null)
        {
            var bm = spaced && next is 'M' or 'm' or 'k' or 'G' or 'b' or 't' ? BareDenominatorRx().Match(text, pos) : Match.Empty;
            if (bm.Success && MapDenominatorCached(text, bm.Groups["d"], slash: true, out var d0))
            {
                den = d0;
                return bm.Index + bm.Length;
            }
        }

        var pw = spaced && next is 'a' or 'A' or 'y' or 'Y' or 'p' or 'P' or 'd' or 'D' or 'm' or 'M' ? PeriodWordRx().Match(text, pos) : Match.Empty;
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
            var paren = next == '(' ? ParenSkipRx().Match(text, pos) : Match.Empty;
            var from = paren.Success ? paren.Index + paren.Length : (pos < text.Length && text[pos] == ')' ? pos + 1 : -1);
            if (from >= 0)
            {
                var pm = DenominatorRx().Match(text, from);
                if (pm.Success && !pm.Groups["slash"].Success && !pm.Groups["cur"].Success && MapDenominatorCached(text, pm.Groups["d"], false, out var d2) && d2 is not ("year" or "month" or "day"))
                {
                    den = d2;
                    denInferred = true;
                }
            }
        }

        return pos;
    }

    /// <summary>The ISO 4217 code of a printed currency code: "SDR" (the IMF's special drawing right) is XDR.</summary>
    internal static string CurrencyFromCode(string code) => code == "SDR" ? "XDR" : code;

    private static bool IsCurrencyCode(string symbol) => symbol.Length == 3 && char.IsUpper(symbol[0]) && char.IsUpper(symbol[1]) && char.IsUpper(symbol[2]);

    internal static string NormalizePhrase(string phrase) =>
        string.Join(' ', phrase.ToLowerInvariant().Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));

    internal static string CurrencyFromWord(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Contains("dollar", StringComparison.Ordinal) || w.EndsWith('$'))
            return "USD";
        if (w.StartsWith("euro", StringComparison.Ordinal) || w == "€")
            return "EUR";
        if (w.StartsWith("pound", StringComparison.Ordinal))
            return "GBP";
        if (w == "£")
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
        if (w.StartsWith("rupee", StringComparison.Ordinal))
            return "INR";
        if (w is "lira" or "liras" or "lire")
            return "TRY";
        if (w == "tenge")
            return "KZT";
        if (w.StartsWith("special drawing right", StringComparison.Ordinal))
            return "XDR";
        return CurrencyFromCode(word.ToUpperInvariant());
    }

    /// <summary>The unit symbols of the shared vocabulary a figure may carry as its own unit (docs/extraction.md §5).</summary>
    private static readonly FrozenSet<string> FigureUnits = new[]
    {
        "percent", "pp", "bp", "bcm", "m3", "ft3", "bcf", "bbl", "boe", "t", "MWh", "GJ", "MMBtu", "year", "month", "day",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The unit symbols of the shared vocabulary a price may be quoted per (docs/extraction.md §5).</summary>
    private static readonly FrozenSet<string> DenominatorUnits = new[]
    {
        "bbl", "boe", "t", "MWh", "kWh", "MMBtu", "GJ", "therm", "m3", "day", "year", "month", "quarter",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Maps the unit words after a number to a unit. Units come from the shared vocabulary
    /// (<see cref="UnitVocabulary.TryFromWords"/>); this reader keeps only what is particular to figures in text: an
    /// abbreviation that also carries a scale or a period ("mb/d" = million + bbl/day, "mcm" = million + m3, "mtpa",
    /// "Bcf/d", "boe/d"), and durations (year, month, day) marked as such.
    /// </summary>
    internal static bool MapUnit(string token, out string unit, out Scale scale, out string? den, out bool duration)
    {
        scale = Scale.None;
        den = null;
        duration = false;
        var t = NormalizePhrase(token).Replace('-', ' ');
        switch (t)
        {
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
            case "barrels of oil equivalent per day" or "barrels of oil equivalent a day" or "boe/d" or "boepd" or "boed":
                unit = "boe";
                den = "day";
                return true;
            case "bcf/d" or "bcfd":
                unit = "bcf";
                den = "day";
                return true;
            case "tcf":
                unit = "ft3";
                scale = Scale.Trillion;
                return true;
            case "mcf":
                unit = "ft3";
                scale = Scale.Thousand;
                return true;
            case "mmcf":
                unit = "ft3";
                scale = Scale.Million;
                return true;
            case "mmcf/d" or "mmcfd":
                unit = "ft3";
                scale = Scale.Million;
                den = "day";
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
        }

        if (UnitVocabulary.TryFromWords(t, out var symbol) && FigureUnits.Contains(symbol))
        {
            unit = symbol;
            duration = symbol is "year" or "month" or "day";
            return true;
        }

        unit = string.Empty;
        return false;
    }

    /// <summary>
    /// Maps the words of a denominator ("per 1,000 cubic meters", "a barrel", "/MWh", "a year", "to the dollar") to a unit:
    /// units of the shared vocabulary (<see cref="UnitVocabulary.TryFromWords"/>), plus what is particular to prices in
    /// text: a reference quantity ("1,000 cubic metres" → <c>1000 m3</c>, "tcm" and "Mcf" in price quotes), currency
    /// nouns of exchange rates, period abbreviations ("d", "yr", "annum"), and units outside the syntax ("gallon",
    /// "kW-year"), marked <c>?</c> so the figure is dropped.
    /// </summary>
    internal static bool MapDenominator(string token, bool slash, out string den)
    {
        var t = NormalizePhrase(token).Replace('-', ' ');
        den = string.Empty;
        if (!slash && t is "d" or "y" or "t")
            return false;
        if (t.StartsWith("1,000 ", StringComparison.Ordinal) || t.StartsWith("1000 ", StringComparison.Ordinal) || t.StartsWith("1'000 ", StringComparison.Ordinal) || t.StartsWith("1’000 ", StringComparison.Ordinal) || t.StartsWith("thousand ", StringComparison.Ordinal))
        {
            den = t.EndsWith("feet", StringComparison.Ordinal) ? "1000 ft3" : "1000 m3";
            return true;
        }

        den = t switch
        {
            "tcm" => "1000 m3", // in price quotes "/tcm" is per thousand cubic metres
            "mcf" => "1000 ft3", // "$2.60 per Mcf": per thousand cubic feet
            "gallon" or "litre" or "liter" or "100 litres" or "100 liters" => "?", // outside the unit syntax: the figure is not a candidate
            "yuan" or "renminbi" => "CNY",
            "yen" => "JPY",
            "rouble" or "ruble" => "RUB",
            "zloty" => "PLN",
            "hryvnia" => "UAH",
            "rupee" => "INR",
            "swiss franc" => "CHF",
            "d" => "day",
            "yr" or "y" or "annum" => "year",
            "dollar" or "us dollar" => "USD",
            "euro" => "EUR",
            _ when IsPowerCapacityWord(t) => "?", // "per kW-year", "per MW": a capacity price, outside the unit syntax
            _ when UnitVocabulary.TryFromWords(t, out var symbol) && DenominatorUnits.Contains(symbol) => symbol,
            _ => string.Empty,
        };
        return den.Length > 0;
    }

    /// <summary>A unit of power (capacity), alone or per period: "kw", "kw year", "megawatt", "gw" (normalised, lower case).</summary>
    private static bool IsPowerCapacityWord(string t)
    {
        var space = t.IndexOf(' ', StringComparison.Ordinal);
        var head = space < 0 ? t : t[..space];
        return head is "kw" or "mw" or "gw" or "kilowatt" or "kilowatts" or "megawatt" or "megawatts" or "gigawatt" or "gigawatts"
            && (space < 0 || t[(space + 1)..] is "year" or "yr" or "month" or "day"); // not "megawatt hour"
    }

    [GeneratedRegex(@"\G\s?(?<c>(?:U\.S\.\s|US\s)?dollars?|euros?|pounds(?:\s+sterling)?|roubles?|rubles?|zlotys?|yuan|renminbi|yen|hryvnias?|rupees|special\s+drawing\s+rights|€(?!\s?\d)|(?:US)?\$(?=\s?/)|£(?=\s?/)|(?:USD|EUR|GBP|RUB|PLN|CHF|CNY|JPY|BYN|UAH|NOK|SEK|INR|SDR|XDR)(?![\p{L}]))(?![\p{L}])", RegexOptions.CultureInvariant)]
    internal static partial Regex CurrencyAfterRx();

    [GeneratedRegex(@"\G\s?(?<u>%|per\s?cent|percent|pct|percentage\s+points?|percentage\s+pts?|ppts?|pps|pp|basis\s+points?|bps?|bcm|tcm|mcm|mb/d|mbpd|mbd|kb/d|kbpd|bpd|b/d|bbl/d|barrels?\s+of\s+oil\s+equivalent(?:\s+(?:per|a)\s+day)?|boe/d|boepd|boed|boe|barrels?|bbls?|cubic\s+f(?:ee|oo)t|cu\.?\s?ft|bcf/d|bcfd|bcf|tcf|mmcf/d|mmcfd|mmcf|mcf|mtpa|Mt|metric\s+tons?|tonnes?|tons?|t|MWh|megawatt[-\s]hours?|GJ|gigajoules?|MMBtu|million\s+British\s+thermal\s+units|cubic\s+met(?:er|re)s?|m3|m³|cu\.?\s?m|years?|months?|days?)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex UnitRx();

    [GeneratedRegex(@"\G(?:\s?(?<slash>/)\s?|\s+(?:per|a|an|each|every|for\s+(?:every|each))\s+|(?<cur>\s+(?:to|against)\s+the\s+))(?<d>(?:1,000|1000|1'000|1’000|thousand)\s+(?:cubic\s+met(?:er|re)s|m3|m³|cu\.?\s?m|cubic\s+feet)|tcm|cubic\s+met(?:er|re)|m3|m³|barrel\s+of\s+oil\s+equivalent|boe|mcf|gallon|litre|liter|100\s+lit(?:re|er)s|barrel|bbl|tonne|metric\s+ton|ton|t|MWh|megawatt[-\s]hour|kWh|kilowatt[-\s]hour|MMBtu|million\s+British\s+thermal\s+units|million\s+Btu|GJ|gigajoule|therm|day|d|year|yr|y|annum|month|quarter|US\s+dollar|dollar|euro|yuan|renminbi|yen|rouble|ruble|zloty|hryvnia|rupee|Swiss\s+franc|(?:kW|MW|GW|(?:kilo|mega|giga)watts?)(?:[-\s](?:year|yr|month|day))?)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex DenominatorRx();

    [GeneratedRegex(@"\G(?:[ \u00A0]|\r?\n)(?<d>MWh|MMBtu|mmBtu|mmbtu|kWh|GJ|boe|therm)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    internal static partial Regex BareDenominatorRx();

    /// <summary>An exchange-rate quote after a bare number: "100 per dollar", "101.5 against the dollar", "97 to the euro".</summary>
    [GeneratedRegex(@"\G\s+(?:per|to\s+the|against\s+the|a)\s+(?<c>(?:US\s+|U\.S\.\s+)?dollar|euro)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex ExchangeQuoteRx();

    [GeneratedRegex(@"\G\s+(?<p>annually|yearly|p\.a\.|daily|monthly)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex PeriodWordRx();

    [GeneratedRegex(@"\G[\s-]+(?:earlier|ago|before|later|after|on[\s-]+(?:the\s+)?(?:year|month|day))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex PeriodTailRx();

    [GeneratedRegex(@"\G\s*\([^()\n\d]{0,6}\d[^()\n]{0,20}\)", RegexOptions.CultureInvariant)]
    internal static partial Regex ParenSkipRx();

    [GeneratedRegex(@"\G\s+of\s+oil\s+equivalent\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex OilEquivalentRx();

    [GeneratedRegex(@"\G\s(?:Brent|WTI|Urals|Dubai)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex OilBenchmarkAfterRx();

    /// <summary>"USD 9 over Dubai", "a discount of $13.80 to Dated Brent": a differential to a crude benchmark, per barrel.</summary>
    [GeneratedRegex(@"\G\s+(?:over|under|to|below|above|against|versus|vs\.?)\s+(?:Dated\s+|the\s+)?(?:Brent|WTI|Dubai|Urals|Oman)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex OilDifferentialAfterRx();

    [GeneratedRegex(@"\G\s(?:oil|crude)(?![-\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex OilAfterRx();
}
