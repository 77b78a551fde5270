using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using EnergyFigures.Claims;
using EnergyFigures.Numerics;
using EnergyFigures.Units;
using EnergyFigures.TextHandling;

namespace EnergyFigures.Csv;

// The field rules of the reference reader, applied to UTF-8 bytes; a value that repeats is judged once, by its bytes.
internal sealed partial class Utf8ClaimsReader
{
    // Bytes that may start a control character (U+0000-U+001F, U+007F; 0xC2 starts U+0080-U+009F).
    private static readonly SearchValues<byte> Controls = SearchValues.Create(ControlBytes(allowBreaks: false));
    private static readonly SearchValues<byte> ControlsButBreaks = SearchValues.Create(ControlBytes(allowBreaks: true));

    private readonly Utf8KeyTable _claimPeriods = new();
    private readonly Utf8KeyTable _saidOn = new();
    private readonly Utf8KeyTable _claimants = new();
    private readonly Utf8KeyTable _units = new();
    private readonly Utf8KeyTable _topics = new();
    private readonly Utf8KeyTable _countries = new();
    private readonly Utf8KeyTable _reportedBy = new();
    private readonly Utf8KeyTable _sources = new();
    private readonly Utf8KeyTable _boundNames = new();
    private readonly Utf8KeyTable _scaleNames = new();
    private readonly List<BoundKind> _bounds = [];
    private readonly List<Scale> _scales = [];
    private byte[] _key = new byte[1024];

    private static byte[] ControlBytes(bool allowBreaks)
    {
        var list = new List<byte>();
        for (int b = 0; b < 0x20; b++)
        {
            if (!(allowBreaks && b is '\n' or '\r' or '\t'))
            {
                list.Add((byte)b);
            }
        }

        list.Add(0x7F);
        list.Add(0xC2);
        return [.. list];
    }

    /// <summary>The field without the apostrophe a writer adds before a formula-like text, when it has no control character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TextOk(ReadOnlySpan<byte> raw, bool allowBreaks, out ReadOnlySpan<byte> text)
    {
        text = raw.Length > 1 && raw[0] == (byte)'\'' && (IsFormulaStart(raw[1]) || raw[1] == (byte)'\'') ? raw[1..] : raw;
        var set = allowBreaks ? ControlsButBreaks : Controls;
        var rest = text;
        while (true)
        {
            int i = rest.IndexOfAny(set);
            if (i < 0)
            {
                return true;
            }

            if (rest[i] != 0xC2 || (i + 1 < rest.Length && rest[i + 1] is >= 0x80 and <= 0x9F))
            {
                return false;
            }

            rest = rest[(i + 1)..];
        }
    }

    private static bool IsFormulaStart(byte c) => c is (byte)'=' or (byte)'+' or (byte)'-' or (byte)'@' or (byte)'\t' or (byte)'\r';

    /// <summary>Whether the text is white space only (as <see cref="string.IsNullOrWhiteSpace"/>).</summary>
    private static bool IsBlank(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b >= 0x80)
            {
                return string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(text));
            }

            if (b is not ((byte)' ' or (>= 0x09 and <= 0x0D)))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsValidId(ReadOnlySpan<byte> id)
    {
        if (id.IsEmpty || id.Length > 80 || id[0] is < (byte)'a' or > (byte)'z')
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is not ((>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A number of the grammar <c>-?[0-9]+(\.[0-9]+)?</c>, exact as printed (as the reference reader's ParseNumber).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryNumber(ReadOnlySpan<byte> s, bool required, out decimal? value)
    {
        value = null;
        if (s.IsEmpty)
        {
            return !required;
        }

        int i = 0;
        bool negative = s[0] == (byte)'-';
        if (negative)
        {
            i = 1;
        }

        ulong mantissa = 0;
        int digits = 0, intDigits = 0, fraction = 0;
        for (; i < s.Length && s[i] is >= (byte)'0' and <= (byte)'9'; i++, intDigits++)
        {
            mantissa = unchecked((mantissa * 10) + (uint)(s[i] - '0'));
        }

        if (i < s.Length)
        {
            if (s[i] != (byte)'.' || intDigits == 0)
            {
                return false;
            }

            for (i++; i < s.Length && s[i] is >= (byte)'0' and <= (byte)'9'; i++, fraction++)
            {
                mantissa = unchecked((mantissa * 10) + (uint)(s[i] - '0'));
            }

            if (fraction == 0 || i < s.Length)
            {
                return false;
            }
        }

        digits = intDigits + fraction;
        if (intDigits == 0)
        {
            return false;
        }

        decimal d;
        if (digits <= 19)
        {
            d = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, negative, (byte)fraction);
        }
        else
        {
            var text = Encoding.ASCII.GetString(s);
            if (text.Length > 64 || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out d)
                || !DecimalMath.KeepsEveryDigit(text, d))
            {
                return false;
            }
        }

        if (d == 0m && negative)
        {
            return false;
        }

        value = d;
        return true;
    }

    /// <summary>The checks of <see cref="Figure.Create"/>, without making the figure.</summary>
    private static bool FigureOk(BoundKind bound, decimal value, decimal? high, decimal? tolerance, Scale scale)
    {
        if ((bound == BoundKind.Range && high is null) || Figure.Check(bound, value, high, tolerance, out _) is not null)
        {
            return false;
        }

        return scale == Scale.None || (ScaledOk(value, scale) && ScaledOk(high, scale) && ScaledOk(tolerance, scale));
    }

    private static bool ScaledOk(decimal? n, Scale scale) =>
        n is not { } v || (DecimalMath.TryMultiply(v, scale.Multiplier(), out _, out bool exact) && exact);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int PeriodCode(Utf8KeyTable table, CodedColumnBuilder<Period> column, ReadOnlySpan<byte> raw, bool required)
    {
        if (raw.IsEmpty && required)
        {
            return -1;
        }

        int code = table.FindOrAdd(raw, out bool added);
        if (added)
        {
            var period = Period.Unknown;
            if (!raw.IsEmpty && (!Period.TryParse(Encoding.UTF8.GetString(raw), out period) || (required && period.IsUnknown)))
            {
                return -1;
            }

            column.AddValue(period);
        }

        return code;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int BoundCode(ReadOnlySpan<byte> raw)
    {
        int code = _boundNames.FindOrAdd(raw, out bool added);
        if (added)
        {
            if (raw.IsEmpty || !BoundNames.TryParseBound(Encoding.UTF8.GetString(raw), out var bound))
            {
                return -1;
            }

            _bounds.Add(bound);
        }

        return code;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ScaleCode(ReadOnlySpan<byte> raw)
    {
        int code = _scaleNames.FindOrAdd(raw, out bool added);
        if (added)
        {
            if (!BoundNames.TryParseScale(Encoding.UTF8.GetString(raw), out var scale))
            {
                return -1;
            }

            _scales.Add(scale);
        }

        return code;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int UnitCode(ReadOnlySpan<byte> raw)
    {
        int code = _units.FindOrAdd(raw, out bool added);
        if (added)
        {
            if (raw.IsEmpty || !Unit.TryParse(Encoding.UTF8.GetString(raw), out var unit))
            {
                return -1;
            }

            _b.Unit.AddValue(unit);
        }

        return code;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ListCode(Utf8KeyTable table, CodedColumnBuilder<EquatableArray<string>> column, ReadOnlySpan<byte> raw, bool protectedText, bool countries)
    {
        int code = table.FindOrAdd(raw, out bool added);
        if (added)
        {
            var text = raw;
            if (protectedText && !TextOk(raw, allowBreaks: false, out text))
            {
                return -1;
            }

            var items = text.IsEmpty ? [] : Encoding.UTF8.GetString(text).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (countries && items.Any(c => c.Length != 2 || !char.IsAsciiLetterUpper(c[0]) || !char.IsAsciiLetterUpper(c[1])))
            {
                return -1;
            }

            column.AddValue(new EquatableArray<string>(items));
        }

        return code;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ClaimantCode(ReadOnlySpan<byte> name, ReadOnlySpan<byte> role)
    {
        int code = _claimants.FindOrAdd(JoinKey(name, role, default, default, default, default), out bool added);
        if (added)
        {
            if (!TextOk(name, allowBreaks: false, out var n) || n.IsEmpty || !TextOk(role, allowBreaks: false, out var r))
            {
                return -1;
            }

            _b.Claimant.AddValue(new Claimant(Encoding.UTF8.GetString(n), r.IsEmpty ? null : Encoding.UTF8.GetString(r)));
        }

        return code;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SourceCode(int count)
    {
        var dateRaw = Raw(21, count);
        int code = _sources.FindOrAdd(JoinKey(Raw(18, count), Raw(19, count), Raw(20, count), dateRaw, Raw(22, count), Raw(23, count)), out bool added);
        if (!added)
        {
            return code;
        }

        if (!TextOk(Raw(18, count), false, out var title) || title.IsEmpty
            || !TextOk(Raw(19, count), false, out var author)
            || !TextOk(Raw(20, count), false, out var outlet) || outlet.IsEmpty
            || !TextOk(Raw(22, count), false, out var urlText)
            || !TextOk(Raw(23, count), false, out var original)
            || dateRaw.IsEmpty || !PublicationDate.TryParse(Encoding.UTF8.GetString(dateRaw), out var date))
        {
            return -1;
        }

        Uri? url = null;
        if (!urlText.IsEmpty && (!Uri.TryCreate(Encoding.UTF8.GetString(urlText), UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            return -1;
        }

        _b.Source.AddValue(new Publication(
            Encoding.UTF8.GetString(title),
            author.IsEmpty ? null : Encoding.UTF8.GetString(author),
            Encoding.UTF8.GetString(outlet),
            date,
            url,
            original.IsEmpty ? null : Encoding.UTF8.GetString(original)));
        return code;
    }

    /// <summary>Several fields as one key, separated by 0xFF (a byte valid UTF-8 never has).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<byte> JoinKey(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c, ReadOnlySpan<byte> d, ReadOnlySpan<byte> e, ReadOnlySpan<byte> f)
    {
        int need = a.Length + b.Length + c.Length + d.Length + e.Length + f.Length + 5;
        if (need > _key.Length)
        {
            _key = new byte[Math.Max(need, _key.Length * 2)];
        }

        int n = 0;
        Append(a, ref n);
        Append(b, ref n);
        Append(c, ref n);
        Append(d, ref n);
        Append(e, ref n);
        f.CopyTo(_key.AsSpan(n));
        return _key.AsSpan(0, n + f.Length);
    }

    private void Append(ReadOnlySpan<byte> part, ref int n)
    {
        part.CopyTo(_key.AsSpan(n));
        n += part.Length;
        _key[n++] = 0xFF;
    }
}
