using System.Globalization;

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
public readonly struct Period : IEquatable<Period>, IFormattable
{
    private readonly string? _text;

    private Period(DateOnly start, DateOnly end, PeriodKind kind, string text)
    {
        Start = start;
        End = end;
        Kind = kind;
        _text = text;
    }

    /// <summary>The first day of the period.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day of the period (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>How the period was written.</summary>
    public PeriodKind Kind { get; }

    /// <summary>Whether this is the default (unset) value.</summary>
    public bool IsDefault => _text is null;

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
    public bool Contains(DateOnly date) => !IsDefault && date >= Start && date <= End;

    /// <summary>Whether two periods share a day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(Period other) => !IsDefault && !other.IsDefault && Start <= other.End && other.Start <= End;

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
    public static bool TryParse(string? text, out Period period)
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

    /// <inheritdoc />
    public bool Equals(Period other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Period p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Equality of the written form.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Period left, Period right) => left.Equals(right);

    /// <summary>Inequality of the written form.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Period left, Period right) => !left.Equals(right);

    /// <summary>The period as written, e.g. <c>2020-02</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _text ?? string.Empty;

    /// <summary>The period as written (culture-invariant; the arguments are ignored).</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
}
