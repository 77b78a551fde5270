using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EnergyFigures.Errors;

namespace EnergyFigures.Claims;

/// <summary>How much of a publication date is known.</summary>
public enum DatePrecision
{
    /// <summary>Nothing is known: the date is printed as <c>unknown</c>.</summary>
    Unknown,

    /// <summary>Only the year is known (<c>2020</c>).</summary>
    Year,

    /// <summary>The year and month are known (<c>2020-02</c>).</summary>
    Month,

    /// <summary>The day is known (<c>2020-02-06</c>).</summary>
    Day,
}

/// <summary>
/// The date a publication appeared, known to the day, to the month, to the year, or not at all. A date that
/// cannot be found is <see cref="Unknown"/> and printed as <c>unknown</c> — never replaced by a period end or
/// another guess. Immutable; equality compares precision and the known parts.
/// </summary>
public readonly struct PublicationDate : IEquatable<PublicationDate>, ISpanFormattable
{
    private readonly DateOnly _first;

    private PublicationDate(DatePrecision precision, DateOnly first)
    {
        Precision = precision;
        _first = first;
    }

    /// <summary>A date not known at all (also <c>default</c>).</summary>
    public static PublicationDate Unknown => default;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Whether at least the year is known.</summary>
    public bool IsKnown => Precision != DatePrecision.Unknown;

    /// <summary>The year; null when unknown.</summary>
    public int? Year => IsKnown ? _first.Year : null;

    /// <summary>The month (1–12); null when only the year or nothing is known.</summary>
    public int? Month => Precision >= DatePrecision.Month ? _first.Month : null;

    /// <summary>The day, when the date is known to the day; otherwise null.</summary>
    public DateOnly? Date => Precision == DatePrecision.Day ? _first : null;

    /// <summary>The first day the publication may have appeared on; null when unknown.</summary>
    public DateOnly? Earliest => IsKnown ? _first : null;

    /// <summary>The last day the publication may have appeared on; null when unknown.</summary>
    public DateOnly? Latest => Precision switch
    {
        DatePrecision.Day => _first,
        DatePrecision.Month => _first.AddMonths(1).AddDays(-1),
        DatePrecision.Year => new DateOnly(_first.Year, 12, 31),
        _ => null,
    };

    /// <summary>A date known to the day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The date.</returns>
    public static PublicationDate OnDay(DateOnly date) => new(DatePrecision.Day, date);

    /// <summary>A date known to the month.</summary>
    /// <param name="year">The year (1–9999).</param>
    /// <param name="month">The month (1–12).</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static PublicationDate InMonth(int year, int month) => new(DatePrecision.Month, new DateOnly(year, month, 1));

    /// <summary>A date known to the year.</summary>
    /// <param name="year">The year (1–9999).</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static PublicationDate InYear(int year) => new(DatePrecision.Year, new DateOnly(year, 1, 1));

    /// <summary>A day as a publication date known to the day.</summary>
    /// <param name="date">The day.</param>
    public static implicit operator PublicationDate(DateOnly date) => OnDay(date);

    /// <summary>Parses <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c> or <c>unknown</c> (invariant, exact).</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when the text is valid.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PublicationDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        if (text == "unknown")
        {
            return true;
        }

        var inv = CultureInfo.InvariantCulture;
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            date = OnDay(day);
            return true;
        }

        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month))
        {
            date = new PublicationDate(DatePrecision.Month, month);
            return true;
        }

        if (text.Length == 4 && DateOnly.TryParseExact(text + "-01-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var year))
        {
            date = new PublicationDate(DatePrecision.Year, year);
            return true;
        }

        return false;
    }

    /// <summary>Parses a date as <see cref="TryParse"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="EnergyFiguresException">The text is not a publication date (<see cref="ErrorCodes.BadDate"/>).</exception>
    public static PublicationDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var d)
            ? d
            : throw new EnergyFiguresException(ErrorCodes.BadDate, $"'{text}' is not a publication date; expected YYYY-MM-DD, YYYY-MM, YYYY or unknown.");
    }

    /// <summary><c>2020-02-06</c>, <c>2020-02</c>, <c>2020</c> or <c>unknown</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => _first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => _first.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => _first.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => "unknown",
    };

    /// <summary>As <see cref="ToString()"/>; the format and provider are ignored (the text is always invariant).</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var s = ToString();
        if (s.AsSpan().TryCopyTo(destination))
        {
            charsWritten = s.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(PublicationDate other) => Precision == other.Precision && (Precision == DatePrecision.Unknown || _first == other._first);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PublicationDate d && Equals(d);

    /// <inheritdoc />
    public override int GetHashCode() => Precision == DatePrecision.Unknown ? 0 : HashCode.Combine(Precision, _first);

    /// <summary>Equality.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PublicationDate left, PublicationDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PublicationDate left, PublicationDate right) => !left.Equals(right);
}
