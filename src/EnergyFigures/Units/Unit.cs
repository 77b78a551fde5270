using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace EnergyFigures.Units;

/// <summary>
/// A unit of measure as a text states it: a currency (ISO 4217), a physical unit with its reference
/// quantity (<c>USD/1000 m3</c> stays per 1,000 m³), percent, percentage points (a distinct unit), or a
/// per-period unit (<c>USD/year</c>). Units multiply and divide; conversion between two units of the same
/// dimensions is an exact rational factor. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Syntax: <c>NUMERATOR</c> or <c>NUMERATOR/DENOMINATOR</c>, each side one or more terms joined by
/// <c>*</c>, each term an optional reference quantity and a symbol (<c>1000 m3</c>). Symbols: ISO 4217
/// currency codes; <c>m3</c>, <c>mcm</c>, <c>bcm</c>, <c>tcm</c>, <c>bcf</c>, <c>bbl</c>; <c>MWh</c>, <c>kWh</c>,
/// <c>GWh</c>, <c>TWh</c>, <c>MJ</c>, <c>GJ</c>, <c>PJ</c>, <c>MMBtu</c>, <c>therm</c>, <c>toe</c>, <c>Mtoe</c>, <c>boe</c> (5.8 MMBtu); <c>ft3</c>; <c>t</c>, <c>kt</c>,
/// <c>Mt</c>, <c>kg</c>; <c>year</c>, <c>quarter</c>, <c>month</c>, <c>day</c>; <c>percent</c> (or <c>%</c>),
/// <c>pp</c>, <c>bp</c>; <c>index</c>; <c>1</c> (a plain ratio). Parsing and formatting never depend on culture.
/// </remarks>
public sealed class Unit : IEquatable<Unit>, IFormattable, IParsable<Unit>
{
    private static readonly FrozenDictionary<string, Atom> Atoms = BuildAtoms();
    private static readonly FrozenSet<string> Currencies = BuildCurrencies();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Unit> ParseCache = new(StringComparer.Ordinal);

    private readonly Term[] _numerator;
    private readonly Term[] _denominator;
    private readonly DimPower[] _dims;

    private Unit(Term[] numerator, Term[] denominator)
    {
        _numerator = numerator;
        _denominator = denominator;
        Symbol = FormatSymbol(numerator, denominator);
        var dims = new SortedDictionary<Dimension, int>();
        decimal num = 1m, den = 1m;
        foreach (var t in numerator)
        {
            num = MultiplyFactor(MultiplyFactor(num, t.Multiplier), t.Atom.Numerator);
            den = MultiplyFactor(den, t.Atom.Denominator);
            if (t.Atom.Dimension is { } d)
            {
                dims[d] = dims.GetValueOrDefault(d) + 1;
            }
        }

        foreach (var t in denominator)
        {
            den = MultiplyFactor(MultiplyFactor(den, t.Multiplier), t.Atom.Numerator);
            num = MultiplyFactor(num, t.Atom.Denominator);
            if (t.Atom.Dimension is { } d)
            {
                dims[d] = dims.GetValueOrDefault(d) - 1;
            }
        }

        _dims = dims.Where(kv => kv.Value != 0).Select(kv => new DimPower(kv.Key, kv.Value)).ToArray();
        FactorNumerator = num;
        FactorDenominator = den;
    }

    /// <summary>The unit's symbol in EnergyFigures syntax, e.g. <c>USD/1000 m3</c>.</summary>
    public string Symbol { get; }

    /// <summary>Numerator of the rational factor from this unit to the canonical unit of its dimensions.</summary>
    public decimal FactorNumerator { get; }

    /// <summary>Denominator of the rational factor from this unit to the canonical unit of its dimensions.</summary>
    public decimal FactorDenominator { get; }

    /// <summary>The dimensions with their exponents, in a stable order (e.g. USD¹ m3⁻¹).</summary>
    public IReadOnlyList<KeyValuePair<Dimension, int>> Dimensions => _dims.Select(d => new KeyValuePair<Dimension, int>(d.Dimension, d.Power)).ToArray();

    /// <summary>Whether the unit has no dimension (percent, a plain ratio).</summary>
    public bool IsDimensionless => _dims.Length == 0;

    /// <summary>Whether the unit is percent (optionally per period, e.g. <c>percent/year</c>).</summary>
    public bool IsPercent => _numerator.Length == 1 && _numerator[0].Atom.Symbol == "percent" && _numerator[0].Multiplier == 1m;

    /// <summary>Whether the unit is in percentage points or basis points.</summary>
    public bool IsPercentagePoints => _dims.Any(d => d.Dimension.Kind == DimensionKind.PercentagePoint);

    /// <summary>The currency of the numerator when the unit is money or a price (e.g. <c>USD</c> for <c>USD/1000 m3</c>), else null.</summary>
    public string? Currency => _dims.FirstOrDefault(d => d.Dimension.Kind == DimensionKind.Currency && d.Power == 1).Dimension.Currency;

    /// <summary>A plain ratio (dimensionless, factor 1).</summary>
    public static Unit Ratio { get; } = Parse("1");

    /// <summary>Percent (factor 0.01).</summary>
    public static Unit Percent { get; } = Parse("percent");

    /// <summary>Percentage points.</summary>
    public static Unit PercentagePoints { get; } = Parse("pp");

    /// <summary>The canonical unit of this unit's dimensions: base symbols, factor 1 (<c>USD/m3</c> for <c>USD/1000 m3</c>).</summary>
    public Unit Canonical
    {
        get
        {
            var num = new List<Term>();
            var den = new List<Term>();
            foreach (var d in _dims)
            {
                var atom = BaseAtom(d.Dimension);
                for (int i = 0; i < Math.Abs(d.Power); i++)
                {
                    (d.Power > 0 ? num : den).Add(new Term(1m, atom));
                }
            }

            if (num.Count == 0)
            {
                num.Add(new Term(1m, Atoms["1"]));
            }

            return new Unit(num.ToArray(), den.ToArray());
        }
    }

    /// <summary>Whether a value in this unit converts to <paramref name="other"/> by a constant factor (same dimensions).</summary>
    /// <param name="other">The other unit.</param>
    /// <returns><see langword="true"/> when convertible.</returns>
    public bool IsConvertibleTo(Unit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _dims.AsSpan().SequenceEqual(other._dims);
    }

    /// <summary>Whether both units denote the same quantity scale (convertible with factor exactly 1).</summary>
    /// <param name="other">The other unit.</param>
    /// <returns><see langword="true"/> when equivalent.</returns>
    public bool IsEquivalentTo(Unit other)
    {
        if (Equals(other))
        {
            return true;
        }

        if (!IsConvertibleTo(other))
        {
            return false;
        }

        if (Numerics.DecimalMath.TryMultiply(FactorNumerator, other.FactorDenominator, out var a, out var ae) && ae
            && Numerics.DecimalMath.TryMultiply(other.FactorNumerator, FactorDenominator, out var b, out var be) && be)
        {
            return a == b;
        }

        // The cross products do not fit a decimal: compare the quotients when both are exact, else the
        // factors cannot be shown equal and the units are not treated as equivalent.
        return Numerics.DecimalMath.TryDivide(FactorNumerator, FactorDenominator, out var p, out var pe) && pe
            && Numerics.DecimalMath.TryDivide(other.FactorNumerator, other.FactorDenominator, out var q, out var qe) && qe
            && p == q;
    }

    /// <summary>Parses a unit with the invariant syntax.</summary>
    /// <param name="text">The unit text, e.g. <c>USD/1000 m3</c>.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="EnergyFiguresException">Unknown symbol (<see cref="ErrorCodes.UnknownUnit"/>) or malformed text (<see cref="ErrorCodes.MalformedUnit"/>).</exception>
    public static Unit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ParseCache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var unit = ParseCore(text, out var error) ?? throw error!;
        if (ParseCache.Count < 10_000)
        {
            ParseCache.TryAdd(text, unit);
        }

        return unit;
    }

    /// <summary>Tries to parse a unit.</summary>
    /// <param name="text">The unit text.</param>
    /// <param name="unit">The unit, when parsed.</param>
    /// <returns><see langword="true"/> when parsed.</returns>
    public static bool TryParse(string? text, out Unit? unit)
    {
        if (text is null)
        {
            unit = null;
            return false;
        }

        if (ParseCache.TryGetValue(text, out unit))
        {
            return true;
        }

        unit = ParseCore(text, out _);
        return unit is not null;
    }

    /// <summary>Tries to parse a unit, giving the error when it fails.</summary>
    /// <param name="text">The unit text.</param>
    /// <param name="unit">The unit, when parsed.</param>
    /// <param name="error">The error, when not parsed.</param>
    /// <returns><see langword="true"/> when parsed.</returns>
    public static bool TryParse(string text, out Unit? unit, out EnergyFiguresException? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ParseCache.TryGetValue(text, out unit))
        {
            error = null;
            return true;
        }

        unit = ParseCore(text, out error);
        return unit is not null;
    }

    static Unit IParsable<Unit>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Unit>.TryParse(string? s, IFormatProvider? provider, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Unit result)
    {
        var ok = TryParse(s, out var u);
        result = u!;
        return ok;
    }

    /// <summary>The product of two units (<c>USD/1000 m3</c> × <c>bcm/year</c>).</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>The product unit, with identical terms cancelled.</returns>
    /// <exception cref="EnergyFiguresException">The product's conversion factor does not fit a decimal exactly (<see cref="ErrorCodes.UnitFactorOutOfRange"/>).</exception>
    public static Unit operator *(Unit a, Unit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Combine(a._numerator.Concat(b._numerator), a._denominator.Concat(b._denominator));
    }

    /// <summary>The quotient of two units.</summary>
    /// <param name="a">Dividend.</param>
    /// <param name="b">Divisor.</param>
    /// <returns>The quotient unit, with identical terms cancelled.</returns>
    /// <exception cref="EnergyFiguresException">The quotient's conversion factor does not fit a decimal exactly (<see cref="ErrorCodes.UnitFactorOutOfRange"/>).</exception>
    public static Unit operator /(Unit a, Unit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Combine(a._numerator.Concat(b._denominator), a._denominator.Concat(b._numerator));
    }

    /// <summary>Multiplies two units (named form of <c>*</c>).</summary>
    /// <param name="other">The other unit.</param>
    /// <returns>The product.</returns>
    public Unit Multiply(Unit other) => this * other;

    /// <summary>Divides two units (named form of <c>/</c>).</summary>
    /// <param name="other">The divisor.</param>
    /// <returns>The quotient.</returns>
    public Unit Divide(Unit other) => this / other;

    /// <summary>Equality of symbols (units parse to a canonical spelling).</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Unit? left, Unit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of symbols.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Unit? left, Unit? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(Unit? other) => other is not null && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Unit u && Equals(u);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Symbol);

    /// <summary>The symbol, e.g. <c>USD/1000 m3</c>.</summary>
    /// <returns>The symbol.</returns>
    public override string ToString() => Symbol;

    /// <summary>
    /// Formats the unit: <c>G</c> (or null) gives the symbol (<c>USD/1000 m3</c>); <c>N</c> gives words for
    /// people (<c>USD per 1,000 m³</c>). The provider is ignored: output is culture-invariant.
    /// </summary>
    /// <param name="format">G or N.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        return format switch
        {
            null or "" or "G" => Symbol,
            "N" => Natural(),
            _ => throw new FormatException($"Unknown unit format '{format}'; expected G or N."),
        };
    }

    private string Natural()
    {
        static string Side(Term[] terms) => string.Join(" ", terms.Select(t =>
            (t.Multiplier == 1m ? string.Empty : t.Multiplier.ToString("#,0.############", CultureInfo.InvariantCulture) + " ") + t.Atom.Natural));
        var num = Side(_numerator);
        return _denominator.Length == 0 ? num : num + " per " + Side(_denominator);
    }

    // ---- internals ----

    private readonly record struct DimPower(Dimension Dimension, int Power);

    private sealed record Atom(string Symbol, Dimension? Dimension, decimal Numerator, decimal Denominator, string Natural);

    private readonly record struct Term(decimal Multiplier, Atom Atom);

    private static Unit Combine(IEnumerable<Term> numerator, IEnumerable<Term> denominator)
    {
        var num = numerator.Where(t => t.Atom.Symbol != "1" || t.Multiplier != 1m).ToList();
        var den = denominator.Where(t => t.Atom.Symbol != "1" || t.Multiplier != 1m).ToList();
        for (int i = num.Count - 1; i >= 0; i--)
        {
            int j = den.IndexOf(num[i]);
            if (j >= 0)
            {
                den.RemoveAt(j);
                num.RemoveAt(i);
            }
        }

        if (num.Count == 0)
        {
            num.Add(new Term(1m, Atoms["1"]));
        }

        return new Unit(num.ToArray(), den.ToArray());
    }

    private static Atom BaseAtom(Dimension d) => d.Kind == DimensionKind.Currency
        ? new Atom(d.Currency!, d, 1m, 1m, d.Currency!)
        : Atoms[d.BaseSymbol];

    /// <summary>Multiplies two factors exactly; a product a decimal cannot hold exactly is an error, never a rounded factor.</summary>
    private static decimal MultiplyFactor(decimal a, decimal b)
    {
        if (!Numerics.DecimalMath.TryMultiply(a, b, out var r, out var exact) || !exact)
        {
            throw new EnergyFiguresException(
                ErrorCodes.UnitFactorOutOfRange,
                "The unit's conversion factor does not fit a decimal exactly (reference quantities too large or too small, or too many terms); expected reference quantities such as 1000 in USD/1000 m3.");
        }

        return r;
    }

    private static string FormatSymbol(Term[] numerator, Term[] denominator)
    {
        var sb = new StringBuilder();
        AppendSide(sb, numerator);
        if (denominator.Length > 0)
        {
            sb.Append('/');
            AppendSide(sb, denominator);
        }

        return sb.ToString();
    }

    private static void AppendSide(StringBuilder sb, Term[] terms)
    {
        for (int i = 0; i < terms.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('*');
            }

            if (terms[i].Multiplier != 1m)
            {
                sb.Append(terms[i].Multiplier.ToString(CultureInfo.InvariantCulture)).Append(' ');
            }

            sb.Append(terms[i].Atom.Symbol);
        }
    }

    private static Unit? ParseCore(string text, out EnergyFiguresException? error)
    {
        error = null;
        var t = text.Trim();
        if (t.Length == 0)
        {
            error = new EnergyFiguresException(ErrorCodes.MalformedUnit, "The unit is empty; expected a unit such as USD/1000 m3, percent/year or USD.");
            return null;
        }

        if (t.Length > 200)
        {
            error = new EnergyFiguresException(ErrorCodes.MalformedUnit, "The unit text is longer than 200 characters; expected a unit such as USD/1000 m3.");
            return null;
        }

        int slash = t.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0 && t.IndexOf('/', slash + 1) >= 0)
        {
            error = new EnergyFiguresException(ErrorCodes.MalformedUnit, $"The unit '{text}' has more than one '/'; expected NUMERATOR/DENOMINATOR, with several terms joined by '*'.");
            return null;
        }

        var numText = slash >= 0 ? t[..slash] : t;
        var denText = slash >= 0 ? t[(slash + 1)..] : null;
        var num = ParseSide(numText, text, out error);
        if (num is null)
        {
            return null;
        }

        Term[] den = [];
        if (denText is not null)
        {
            var d = ParseSide(denText, text, out error);
            if (d is null)
            {
                return null;
            }

            den = d;
        }

        try
        {
            return new Unit(num, den);
        }
        catch (EnergyFiguresException e) when (e.Code == ErrorCodes.UnitFactorOutOfRange)
        {
            error = new EnergyFiguresException(e.Code, $"The unit '{text}': {e.Message}");
            return null;
        }
    }

    private static Term[]? ParseSide(string side, string whole, out EnergyFiguresException? error)
    {
        error = null;
        var parts = side.Split('*', '·');
        var terms = new Term[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            var p = parts[i].Trim();
            if (p.Length == 0)
            {
                error = new EnergyFiguresException(ErrorCodes.MalformedUnit, $"The unit '{whole}' has an empty term; expected e.g. USD/1000 m3.");
                return null;
            }

            decimal multiplier = 1m;
            string symbol = p;
            int k = 0;
            while (k < p.Length && (char.IsAsciiDigit(p[k]) || p[k] == '.'))
            {
                k++;
            }

            if (k > 0 && k < p.Length)
            {
                if (!decimal.TryParse(p.AsSpan(0, k), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out multiplier) || multiplier <= 0m
                    || !Numerics.DecimalMath.KeepsEveryDigit(p.AsSpan(0, k), multiplier))
                {
                    error = new EnergyFiguresException(ErrorCodes.MalformedUnit, $"The reference quantity '{p[..k]}' in unit '{whole}' is not a positive number a decimal holds exactly; expected e.g. 1000 in USD/1000 m3.");
                    return null;
                }

                symbol = p[k..].Trim();
            }

            var atom = LookupAtom(symbol);
            if (atom is null)
            {
                error = new EnergyFiguresException(ErrorCodes.UnknownUnit, UnknownMessage(symbol, whole));
                return null;
            }

            terms[i] = new Term(multiplier, atom);
        }

        return terms;
    }

    private static string UnknownMessage(string symbol, string whole)
    {
        var hint = string.Empty;
        var upper = symbol.ToUpperInvariant();
        if (Currencies.Contains(upper))
        {
            hint = $" Did you mean the currency '{upper}'? Currency codes are upper case.";
        }
        else
        {
            var near = Atoms.Keys.FirstOrDefault(k => string.Equals(k, symbol, StringComparison.OrdinalIgnoreCase));
            if (near is not null)
            {
                hint = $" Did you mean '{near}'? Symbols are case-sensitive.";
            }
        }

        return $"Unknown unit symbol '{symbol}' in '{whole}'; expected an ISO 4217 currency code or one of m3, bcm, MWh, GJ, MMBtu, bbl, t, percent, pp, year, day (see data/README.md).{hint}";
    }

    private static Atom? LookupAtom(string symbol)
    {
        if (Atoms.TryGetValue(symbol, out var atom))
        {
            return atom;
        }

        if (symbol.Length == 3 && Currencies.Contains(symbol))
        {
            return new Atom(symbol, new Dimension(DimensionKind.Currency, symbol), 1m, 1m, symbol);
        }

        return null;
    }

    private static FrozenDictionary<string, Atom> BuildAtoms()
    {
        var vol = new Dimension(DimensionKind.Volume);
        var en = new Dimension(DimensionKind.Energy);
        var mass = new Dimension(DimensionKind.Mass);
        var time = new Dimension(DimensionKind.Time);
        var day = new Dimension(DimensionKind.Day);
        var pp = new Dimension(DimensionKind.PercentagePoint);
        var idx = new Dimension(DimensionKind.IndexPoint);
        var list = new List<(string[] Names, Atom Atom)>
        {
            (["1"], new Atom("1", null, 1m, 1m, "ratio")),
            (["percent", "%"], new Atom("percent", null, 1m, 100m, "%")),
            (["pp"], new Atom("pp", pp, 1m, 1m, "percentage points")),
            (["bp"], new Atom("bp", pp, 1m, 100m, "basis points")),
            (["index"], new Atom("index", idx, 1m, 1m, "index points")),
            (["m3", "m³"], new Atom("m3", vol, 1m, 1m, "m³")),
            (["mcm"], new Atom("mcm", vol, 1_000_000m, 1m, "million m³")),
            (["bcm"], new Atom("bcm", vol, 1_000_000_000m, 1m, "billion m³")),
            (["tcm"], new Atom("tcm", vol, 1_000_000_000_000m, 1m, "trillion m³")),
            (["bcf"], new Atom("bcf", vol, 28_316_846.592m, 1m, "billion cubic feet")),
            (["bbl"], new Atom("bbl", vol, 0.158987294928m, 1m, "bbl")),
            (["ft3"], new Atom("ft3", vol, 0.028316846592m, 1m, "cubic feet")),
            (["GJ"], new Atom("GJ", en, 1m, 1m, "GJ")),
            (["MJ"], new Atom("MJ", en, 1m, 1000m, "MJ")),
            (["PJ"], new Atom("PJ", en, 1_000_000m, 1m, "PJ")),
            (["kWh"], new Atom("kWh", en, 0.0036m, 1m, "kWh")),
            (["MWh"], new Atom("MWh", en, 3.6m, 1m, "MWh")),
            (["GWh"], new Atom("GWh", en, 3600m, 1m, "GWh")),
            (["TWh"], new Atom("TWh", en, 3_600_000m, 1m, "TWh")),
            (["MMBtu", "mmbtu", "MMBTU"], new Atom("MMBtu", en, 1.055056m, 1m, "MMBtu")),
            (["therm"], new Atom("therm", en, 0.1055056m, 1m, "therms")),
            (["toe"], new Atom("toe", en, 41.868m, 1m, "tonnes of oil equivalent")),
            (["Mtoe"], new Atom("Mtoe", en, 41_868_000m, 1m, "million tonnes of oil equivalent")),
            (["boe"], new Atom("boe", en, 6.1193248m, 1m, "barrels of oil equivalent (5.8 MMBtu)")),
            (["t", "tonne"], new Atom("t", mass, 1m, 1m, "t")),
            (["kg"], new Atom("kg", mass, 1m, 1000m, "kg")),
            (["kt"], new Atom("kt", mass, 1000m, 1m, "thousand tonnes")),
            (["Mt"], new Atom("Mt", mass, 1_000_000m, 1m, "million tonnes")),
            (["year"], new Atom("year", time, 1m, 1m, "year")),
            (["quarter"], new Atom("quarter", time, 1m, 4m, "quarter")),
            (["month"], new Atom("month", time, 1m, 12m, "month")),
            (["day"], new Atom("day", day, 1m, 1m, "day")),
        };
        var dict = new Dictionary<string, Atom>(StringComparer.Ordinal);
        foreach (var (names, atom) in list)
        {
            foreach (var n in names)
            {
                dict[n] = atom;
            }
        }

        return dict.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> BuildCurrencies()
    {
        // ISO 4217 active alphabetic codes (list of 2024), plus XAU/XAG for metals and XDR (the IMF special drawing right).
        const string codes =
            "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD " +
            "CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD " +
            "GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT " +
            "LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR " +
            "NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP " +
            "STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF " +
            "XPF YER ZAR ZMW ZWG XAU XAG XDR BYR";
        return codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
    }
}
