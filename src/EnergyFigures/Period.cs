using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EnergyFigures.Errors;

namespace EnergyFigures;

/// <summary>The precision a period was written with.</summary>
public enum PeriodKind
{
    /// <summary><c>2020</c>.</summary>
    Year,
    /// <summary><c>2020-Q1</c>.</summary>
    Quarter,
    /// <summary><c>2020-02</c>.</summary>
    Month,
    /// <summary><c>2020-02-06</c>.</summary>
    Day,
    /// <summary><c>2020-02-03/2020-02-06</c>: from the start of one period to the end of another.</summary>
    Span,
}

/// <summary>
/// The time a value refers to, as a closed range of days, written as <c>YYYY</c>, <c>YYYY-Qn</c>,
/// <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or <c>START/END</c>. Round-trips exactly as written.
/// </summary>
/// <remarks>
/// Equality is by meaning: two periods are equal when they cover the same days (<c>2020-01/2020-12</c> =
/// <c>2020</c>, <c>2020-Q1</c> = <c>2020-01/2020-03</c>); the text as written is kept for display. A period
/// nobody knows is the explicit <see cref="Unknown"/>: it covers no day, overlaps nothing, and reading its
/// <see cref="Start"/> or <see cref="End"/> throws <see cref="ErrorCodes.InvalidState"/> instead of giving a
/// made-up date. (<c>default(Period)</c> is that same unknown period.)
/// </remarks>
public readonly struct Period : IEquatable<Period>, IFormattable, ISpanParsable<Period>
{
    private readonly string? _text;

    private readonly DateOnly _start;
    private readonly DateOnly _end;

    private Period(DateOnly start, DateOnly end, PeriodKind kind, string text)
    {
        _start = start;
        _end = end;
        Kind = kind;
        _text = text;
    }

    /// <summary>The period nobody knows (a date said but not printed): covers no day, overlaps nothing, written as an empty text.</summary>
    public static Period Unknown => default;

    /// <summary>The first day of the period.</summary>
    /// <exception cref="EnergyFiguresException">The period is <see cref="Unknown"/> (<see cref="ErrorCodes.InvalidState"/>).</exception>
    public DateOnly Start => IsUnknown ? throw NoDays() : _start;

    /// <summary>The last day of the period (inclusive).</summary>
    /// <exception cref="EnergyFiguresException">The period is <see cref="Unknown"/> (<see cref="ErrorCodes.InvalidState"/>).</exception>
    public DateOnly End => IsUnknown ? throw NoDays() : _end;

    /// <summary>How the period was written.</summary>
    public PeriodKind Kind { get; }

    /// <summary>Whether this is the period nobody knows (<see cref="Unknown"/>).</summary>
    public bool IsUnknown => _text is null;

    /// <summary>Whether this is <see cref="Unknown"/> (the name it had before <see cref="IsUnknown"/>; same meaning).</summary>
    public bool IsDefault => _text is null;

    /// <summary>The number of days the period covers (0 for <see cref="Unknown"/>).</summary>
    public int Days => IsUnknown ? 0 : _end.DayNumber - _start.DayNumber + 1;

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The period.</returns>
    public static Period Year(int year) => Parse(year.ToString("D4", CultureInfo.InvariantCulture));

    /// <summary>A calendar month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The period.</returns>
    public static Period Month(int year, int month) => Parse(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"));

    /// <summary>A single day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The period.</returns>
    public static Period Day(DateOnly date) => Parse(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Whether the day lies in the period.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when inside.</returns>
    public bool Contains(DateOnly date) => !IsUnknown && date >= _start && date <= _end;

    /// <summary>Whether two periods share a day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(Period other) => !IsUnknown && !other.IsUnknown && _start <= other._end && other._start <= _end;

    /// <summary>Parses a period.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="EnergyFiguresException">Malformed (<see cref="ErrorCodes.MalformedPeriod"/>).</exception>
    public static Period Parse(string text) =>
        TryParse(text, out var p) ? p : throw new EnergyFiguresException(ErrorCodes.MalformedPeriod, $"'{text}' is not a period; expected YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or START/END (e.g. 2020, 2020-Q1, 2020-02, 2020-02-06, 2019/2020).");

    /// <summary>Tries to parse a period.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, when parsed.</param>
    /// <returns><see langword="true"/> when parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrEmpty(text) || text.Length > 40)
        {
            return false;
        }

        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!TryParseSingle(text[..slash], out var a, out var aEnd, out _) || !TryParseSingle(text[(slash + 1)..], out _, out var b, out _) || b < a || aEnd > b)
            {
                return false;
            }

            period = new Period(a, b, PeriodKind.Span, text);
            return true;
        }

        if (!TryParseSingle(text, out var s, out var e, out var kind))
        {
            return false;
        }

        period = new Period(s, e, kind, text);
        return true;
    }

    private static bool TryParseSingle(string t, out DateOnly start, out DateOnly end, out PeriodKind kind)
    {
        start = end = default;
        kind = default;
        var inv = CultureInfo.InvariantCulture;
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, inv, out int y) && y >= 1)
        {
            start = new DateOnly(y, 1, 1);
            end = new DateOnly(y, 12, 31);
            kind = PeriodKind.Year;
            return true;
        }

        if (t.Length == 7 && t[4] == '-' && t[5] == 'Q' && int.TryParse(t.AsSpan(0, 4), NumberStyles.None, inv, out y) && y >= 1 && t[6] is >= '1' and <= '4')
        {
            int q = t[6] - '0';
            start = new DateOnly(y, ((q - 1) * 3) + 1, 1);
            end = new DateOnly(y, q * 3, DateTime.DaysInMonth(y, q * 3)); // not AddMonths: 9999-Q4 would overflow
            kind = PeriodKind.Quarter;
            return true;
        }

        if (t.Length == 7 && t[4] == '-' && int.TryParse(t.AsSpan(0, 4), NumberStyles.None, inv, out y) && int.TryParse(t.AsSpan(5, 2), NumberStyles.None, inv, out int m) && y >= 1 && m is >= 1 and <= 12)
        {
            start = new DateOnly(y, m, 1);
            end = new DateOnly(y, m, DateTime.DaysInMonth(y, m)); // not AddMonths: 9999-12 would overflow
            kind = PeriodKind.Month;
            return true;
        }

        if (t.Length == 10 && DateOnly.TryParseExact(t, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d))
        {
            start = end = d;
            kind = PeriodKind.Day;
            return true;
        }

        return false;
    }

    /// <summary>Equality by meaning: the same days (or both <see cref="Unknown"/>), however written.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>Whether equal.</returns>
    public bool Equals(Period other) => IsUnknown ? other.IsUnknown : !other.IsUnknown && _start == other._start && _end == other._end;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Period p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => IsUnknown ? 0 : HashCode.Combine(_start, _end);

    /// <summary>Equality by meaning: the same days.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Period left, Period right) => left.Equals(right);

    /// <summary>Inequality by meaning.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Period left, Period right) => !left.Equals(right);

    // The generic parsing model (IParsable/ISpanParsable, as Unit and Interval): the provider is ignored
    // because the syntax is culture-invariant.
    static Period IParsable<Period>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Period>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Period result) => TryParse(s, out result);

    static Period ISpanParsable<Period>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    static bool ISpanParsable<Period>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Period result) => TryParse(s.ToString(), out result);

    private static EnergyFiguresException NoDays() =>
        new(ErrorCodes.InvalidState, "The period is unknown (Period.Unknown): it has no first or last day. Expected a check of IsUnknown before reading Start or End.");

    /// <summary>The period as written, e.g. <c>2020-02</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _text ?? string.Empty;

    /// <summary>The period as written (culture-invariant; the arguments are ignored).</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
}
