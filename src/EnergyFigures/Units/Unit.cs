using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using EnergyFigures.Errors;

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
/// <c>pp</c>, <c>bp</c>; <c>index</c>; <c>1</c> (a plain ratio); the full table with the source of every
/// factor is <see cref="UnitVocabulary"/>. A volume, mass or energy term may carry a commodity annotation in
/// braces (<c>USD/t{crude}</c>, <c>m3{lng}</c>, <c>EUR/MWh{electricity}</c>); without one a gas volume
/// (<c>m3</c>, <c>bcm</c>, <c>bcf</c>) is of natural gas and a barrel of crude oil, marked inferred
/// (<see cref="IsCommodityInferred"/>), a tonne of an unstated commodity and energy neutral. A volume or mass
/// of one commodity never converts to another's. Parsing and formatting never depend on culture.
/// Equality is by meaning: two units are equal when they have the same dimensions (commodities included)
/// and the same exact factor (<c>USD*t</c> = <c>t*USD</c>, <c>USD/1000 m3</c> = <c>USD/1000.0 m3</c>); the
/// spelling is kept for display in <see cref="Symbol"/>.
/// </remarks>
public sealed class Unit : IEquatable<Unit>, IFormattable, ISpanParsable<Unit>
{
    private static readonly FrozenDictionary<string, Atom> Atoms = BuildAtoms();
    private static readonly FrozenSet<string> Currencies = BuildCurrencies();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Unit> ParseCache = new(StringComparer.Ordinal);

    private readonly Term[] _numerator;
    private readonly Term[] _denominator;
    private readonly DimPower[] _dims;
    private readonly System.Numerics.BigInteger _reducedNumerator;
    private readonly System.Numerics.BigInteger _reducedDenominator;
    private readonly int _hash;
    private string? _natural; // the words of format N, made on first use (a benign race: every thread makes the same text)

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
            if (t.Dimension is { } d)
            {
                dims[d] = dims.GetValueOrDefault(d) + 1;
            }
        }

        foreach (var t in denominator)
        {
            den = MultiplyFactor(MultiplyFactor(den, t.Multiplier), t.Atom.Numerator);
            num = MultiplyFactor(num, t.Atom.Denominator);
            if (t.Dimension is { } d)
            {
                dims[d] = dims.GetValueOrDefault(d) - 1;
            }
        }

        _dims = dims.Where(kv => kv.Value != 0).Select(kv => new DimPower(kv.Key, kv.Value)).ToArray();
        FactorNumerator = num;
        FactorDenominator = den;
        (_reducedNumerator, _reducedDenominator) = Reduce(num, den);
        var hash = new HashCode();
        foreach (var d in _dims)
        {
            hash.Add(d);
        }

        hash.Add(_reducedNumerator);
        hash.Add(_reducedDenominator);
        _hash = hash.ToHashCode();
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
                var commodity = d.Dimension.Commodity;
                for (int i = 0; i < Math.Abs(d.Power); i++)
                {
                    (d.Power > 0 ? num : den).Add(new Term(1m, atom, commodity, commodity == atom.DefaultCommodity));
                }
            }

            if (num.Count == 0)
            {
                num.Add(Plain(Atoms["1"]));
            }

            return new Unit(num.ToArray(), den.ToArray());
        }
    }

    /// <summary>
    /// What the unit's volume, mass or energy terms measure when they agree on one commodity (stated or
    /// inferred); <see cref="Units.Commodity.Money"/> for an amount of money alone (<c>USD</c>, <c>USD/year</c>);
    /// otherwise <see cref="Units.Commodity.Unspecified"/> (a price per GJ, a tonne of an unstated commodity).
    /// </summary>
    public Commodity Commodity
    {
        get
        {
            var found = _numerator.Concat(_denominator).Where(t => t.Commodity != Commodity.Unspecified).Select(t => t.Commodity).Distinct().ToArray();
            if (found.Length == 1)
            {
                return found[0];
            }

            if (found.Length == 0 && _dims.Length > 0 && _dims.All(d => d.Dimension.Kind is DimensionKind.Currency or DimensionKind.Time or DimensionKind.Day))
            {
                return _dims.Any(d => d.Dimension.Kind == DimensionKind.Currency) ? Commodity.Money : Commodity.Unspecified;
            }

            return Commodity.Unspecified;
        }
    }

    /// <summary>
    /// Whether a commodity of a term was inferred rather than stated: from the symbol (<c>bbl</c> is crude oil,
    /// <c>m3</c> natural gas) or from a claim's topics (<see cref="WithCommodity"/>). Like an inferred unit, an
    /// inferred commodity is shown as such.
    /// </summary>
    public bool IsCommodityInferred => _numerator.Concat(_denominator).Any(t => t.Inferred && t.Commodity != Commodity.Unspecified);

    /// <summary>The commodities of the unit's terms, each with whether it was inferred (empty when no term names one).</summary>
    public IReadOnlyList<(Commodity Commodity, bool Inferred)> Commodities =>
        _numerator.Concat(_denominator).Where(t => t.Commodity != Commodity.Unspecified).Select(t => (t.Commodity, t.Inferred)).Distinct().ToArray();

    /// <summary>
    /// The unit with every volume or mass term of an unstated commodity qualified by <paramref name="commodity"/>
    /// (<c>USD/t</c> on a claim about oil → per tonne of crude oil), marked inferred when
    /// <paramref name="inferred"/>. Terms that already have a commodity keep it; energy stays neutral.
    /// </summary>
    /// <param name="commodity">The commodity; <see cref="Units.Commodity.Money"/> and <see cref="Units.Commodity.GoodsTrade"/> qualify no term.</param>
    /// <param name="inferred">Whether the commodity is inferred (not stated in the unit).</param>
    /// <returns>The unit, or this unit when no term changes.</returns>
    public Unit WithCommodity(Commodity commodity, bool inferred)
    {
        if (commodity.Key().Length == 0)
        {
            return this;
        }

        bool changed = false;
        Term[] Qualify(Term[] terms) => terms.Select(t =>
        {
            if (t.Commodity == Commodity.Unspecified && t.Atom.Dimension is { Kind: DimensionKind.Volume or DimensionKind.Mass })
            {
                changed = true;
                return t with { Commodity = commodity, Inferred = inferred };
            }

            return t;
        }).ToArray();
        var num = Qualify(_numerator);
        var den = Qualify(_denominator);
        return changed ? new Unit(num, den) : this;
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
    public bool IsEquivalentTo(Unit other) => Equals(other);

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
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Unit? unit)
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
    public static bool TryParse(string text, [NotNullWhen(true)] out Unit? unit, [NotNullWhen(false)] out EnergyFiguresException? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ParseCache.TryGetValue(text, out unit))
        {
            error = null;
            return true;
        }

        unit = ParseCore(text, out error);
        if (unit is null)
        {
            error ??= new EnergyFiguresException(ErrorCodes.MalformedUnit, $"'{text}' is not a unit; expected e.g. USD/1000 m3.");
            return false;
        }

        return true;
    }

    // The generic parsing model (IParsable/ISpanParsable, as Period, Figure and Interval): the provider is
    // ignored because the syntax is culture-invariant.
    static Unit IParsable<Unit>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Unit>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Unit result) => TryParse(s, out result);

    static Unit ISpanParsable<Unit>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    static bool ISpanParsable<Unit>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out Unit result) => TryParse(s.ToString(), out result);

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

    /// <summary>Equality by meaning: same dimensions (commodities included) and the same exact factor.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Unit? left, Unit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by meaning.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Unit? left, Unit? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(Unit? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (_hash == other._hash && _dims.AsSpan().SequenceEqual(other._dims) && _reducedNumerator == other._reducedNumerator && _reducedDenominator == other._reducedDenominator));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Unit u && Equals(u);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

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
            "N" => _natural ??= Natural(),
            _ => throw new FormatException($"Unknown unit format '{format}'; expected G or N."),
        };
    }

    private string Natural()
    {
        static string Side(Term[] terms) => string.Join(" ", terms.Select(t =>
            (t.Multiplier == 1m ? string.Empty : t.Multiplier.ToString("#,0.############", CultureInfo.InvariantCulture) + " ") + t.Atom.Natural
            + (t.Inferred || t.Commodity == Commodity.Unspecified ? string.Empty : " of " + t.Commodity.ToName())));
        var num = Side(_numerator);
        return _denominator.Length == 0 ? num : num + " per " + Side(_denominator);
    }

    // ---- internals ----

    private readonly record struct DimPower(Dimension Dimension, int Power);

    private sealed record Atom(string Symbol, Dimension? Dimension, decimal Numerator, decimal Denominator, string Natural, Commodity DefaultCommodity);

    /// <summary>One term: a reference quantity, an atom, and (for a volume, mass or energy) the commodity it measures, stated or inferred.</summary>
    private readonly record struct Term(decimal Multiplier, Atom Atom, Commodity Commodity, bool Inferred)
    {
        public Dimension? Dimension => Atom.Dimension is { } d && Commodity != Commodity.Unspecified ? d with { Commodity = Commodity } : Atom.Dimension;

        public bool SameMeaning(Term other) => Multiplier == other.Multiplier && Atom == other.Atom && Commodity == other.Commodity;
    }

    private static Term Plain(Atom atom) => new(1m, atom, Commodity.Unspecified, false);

    private static (System.Numerics.BigInteger Numerator, System.Numerics.BigInteger Denominator) Reduce(decimal num, decimal den)
    {
        // num/den with num = n/10^a and den = d/10^b is (n × 10^b)/(d × 10^a), reduced by the gcd: exact and unique.
        static (System.Numerics.BigInteger Mantissa, int Scale) Split(decimal v)
        {
            var bits = decimal.GetBits(v);
            var m = new System.Numerics.BigInteger(unchecked((uint)bits[0])) | (new System.Numerics.BigInteger(unchecked((uint)bits[1])) << 32) | (new System.Numerics.BigInteger(unchecked((uint)bits[2])) << 64);
            return (v < 0 ? -m : m, (bits[3] >> 16) & 0xFF);
        }

        var (n, a) = Split(num);
        var (d, b) = Split(den);
        var top = n * System.Numerics.BigInteger.Pow(10, b);
        var bottom = d * System.Numerics.BigInteger.Pow(10, a);
        var g = System.Numerics.BigInteger.GreatestCommonDivisor(top, bottom);
        return g.IsZero ? (top, bottom) : (top / g, bottom / g);
    }

    private static Unit Combine(IEnumerable<Term> numerator, IEnumerable<Term> denominator)
    {
        var num = numerator.Where(t => t.Atom.Symbol != "1" || t.Multiplier != 1m).ToList();
        var den = denominator.Where(t => t.Atom.Symbol != "1" || t.Multiplier != 1m).ToList();
        for (int i = num.Count - 1; i >= 0; i--)
        {
            var n = num[i];
            int j = den.FindIndex(d => d.SameMeaning(n));
            if (j >= 0)
            {
                den.RemoveAt(j);
                num.RemoveAt(i);
            }
        }

        if (num.Count == 0)
        {
            num.Add(Plain(Atoms["1"]));
        }

        return new Unit(num.ToArray(), den.ToArray());
    }

    private static Atom BaseAtom(Dimension d) => d.Kind == DimensionKind.Currency
        ? new Atom(d.Currency!, d, 1m, 1m, d.Currency!, Commodity.Unspecified)
        : Atoms[(d with { Commodity = Commodity.Unspecified }).BaseSymbol];

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
            if (!terms[i].Inferred && terms[i].Commodity != Commodity.Unspecified)
            {
                sb.Append('{').Append(terms[i].Commodity.Key()).Append('}');
            }
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

            Commodity stated = Commodity.Unspecified;
            int brace = p.IndexOf('{', StringComparison.Ordinal);
            if (brace >= 0 || p.Contains('}', StringComparison.Ordinal))
            {
                if (brace <= 0 || !p.EndsWith('}') || p.IndexOf('{', brace + 1) >= 0 || p.IndexOf('}', brace) != p.Length - 1)
                {
                    error = new EnergyFiguresException(ErrorCodes.MalformedUnit, $"The term '{p}' in unit '{whole}' has a malformed commodity annotation; expected one annotation in braces after the symbol, e.g. t{{crude}} or m3{{lng}}.");
                    return null;
                }

                var key = p.AsSpan(brace + 1, p.Length - brace - 2);
                if (!Units.Commodities.TryParse(key, out stated))
                {
                    error = new EnergyFiguresException(ErrorCodes.UnknownUnit, $"Unknown commodity '{key}' in unit '{whole}'; expected one of gas, lng, crude, products, coal, electricity (e.g. USD/t{{crude}}).");
                    return null;
                }

                p = p[..brace].TrimEnd();
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

            if (stated != Commodity.Unspecified && atom.Dimension is not { Kind: DimensionKind.Volume or DimensionKind.Mass or DimensionKind.Energy })
            {
                error = new EnergyFiguresException(ErrorCodes.MalformedUnit, $"The term '{parts[i].Trim()}' in unit '{whole}' names a commodity, but only a volume, a mass or an amount of energy can; expected e.g. USD/t{{crude}}.");
                return null;
            }

            terms[i] = stated != Commodity.Unspecified
                ? new Term(multiplier, atom, stated, false)
                : new Term(multiplier, atom, atom.DefaultCommodity, atom.DefaultCommodity != Commodity.Unspecified);
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
            return new Atom(symbol, new Dimension(DimensionKind.Currency, symbol), 1m, 1m, symbol, Commodity.Unspecified);
        }

        return null;
    }

    private static FrozenDictionary<string, Atom> BuildAtoms()
    {
        var dict = new Dictionary<string, Atom>(StringComparer.Ordinal);
        foreach (var e in UnitVocabulary.Entries)
        {
            Dimension? dim = e.Kind is { } k ? new Dimension(k, e.Currency) : null;
            var atom = new Atom(e.Symbol, dim, e.FactorNumerator, e.FactorDenominator, e.Natural, e.DefaultCommodity);
            dict[e.Symbol] = atom;
            foreach (var a in e.Aliases)
            {
                dict[a] = atom;
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
