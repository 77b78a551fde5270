using System.Globalization;
using System.Text;
using EnergyFigures.Claims;
using Microsoft.Data.Analysis;

namespace EnergyFigures.Interchange;

/// <summary>
/// The claims DataFrame built from a claim set's columns (<see cref="ClaimSet.Columns"/>) rather than from claim
/// objects: the same columns, names, order and values as <see cref="ClaimTable"/>. Texts kept per row as UTF-8
/// (id, subject, text, quote, notes, compared_with) become <see cref="ArrowStringDataFrameColumn"/>s over the
/// columns' own buffers, without a copy; dictionary-encoded values are turned into text once per distinct
/// value and shared by their rows; derived values (interval, meaning) are computed once per claim. Uses only the
/// public API of <see cref="ClaimColumns"/>.
/// </summary>
internal static class ClaimColumnFrame
{
    public static DataFrame ToDataFrame(ClaimColumns c)
    {
        int n = c.RowCount;
        var inv = CultureInfo.InvariantCulture;
        var starts = c.ClaimStarts.Span;

        // Per claim: the figure's interval and meaning. A figure is made once per distinct (bound, numbers as
        // printed, scale, unit), not per row: the meaning does not depend on the printed text.
        var low = new decimal?[n];
        var high = new decimal?[n];
        var lowOpen = new bool[n];
        var highOpen = new bool[n];
        var meaning = new string[n];
        var figures = new Dictionary<FigureKey, (Numerics.Interval Interval, string Meaning)>();
        var unitCodes = c.Unit.Codes.Span;
        for (int k = 0; k < c.ClaimCount; k++)
        {
            int first = starts[k];
            var key = new FigureKey(c.Bound.Span[first], Bits(c.Value.Span[first]), Bits(c.ValueHigh.Span[first]), Bits(c.Tolerance.Span[first]), c.Scale.Span[first], unitCodes[first]);
            if (!figures.TryGetValue(key, out var known))
            {
                var f = Figure.Create(c.Text.GetString(first)!, key.Bound, c.Value.Span[first], c.Unit[first], key.Scale, c.ValueHigh.Span[first], c.Tolerance.Span[first]);
                known = (f.Interval, f.ToString("D", inv));
                figures[key] = known;
            }

            var i = known.Interval;
            for (int r = first; r < starts[k + 1]; r++)
            {
                low[r] = i.HasLow ? i.Low : null;
                high[r] = i.HasHigh ? i.High : null;
                lowOpen[r] = i.LowOpen || !i.HasLow;
                highOpen[r] = i.HighOpen || !i.HasHigh;
                meaning[r] = known.Meaning;
            }
        }

        var quoteKinds = c.QuoteKind.Span;
        var chain = Chains(c);

        var columns = new List<DataFrameColumn>
        {
            Utf8("id", c.Id),
            Utf8("subject", c.Subject),
            Coded("period", c.Period, p => p.ToString()),
            Dates("period_start", c.Period, p => p.IsDefault ? null : p.Start),
            Dates("period_end", c.Period, p => p.IsDefault ? null : p.End),
            Coded("claimant", c.Claimant, x => x.Name),
            Coded("claimant_role", c.Claimant, x => x.Role),
            Utf8("text", c.Text),
            new StringDataFrameColumn("meaning", meaning),
            Enum("bound", c.Bound.Span, b => b.ToName()),
            new DecimalDataFrameColumn("value", ToNullable(c.Value.Span)),
            new DecimalDataFrameColumn("value_high", c.ValueHigh.ToArray()),
            new DecimalDataFrameColumn("tolerance", c.Tolerance.ToArray()),
            Enum("scale", c.Scale.Span, s => NullIfEmpty(s.ToName())),
            Coded("unit", c.Unit, u => u.Symbol),
            new DecimalDataFrameColumn("low", low),
            new BooleanDataFrameColumn("low_open", lowOpen),
            new DecimalDataFrameColumn("high", high),
            new BooleanDataFrameColumn("high_open", highOpen),
            Coded("topics", c.Topics, t => NullIfEmpty(string.Join(';', t))),
            Coded("countries", c.Countries, t => NullIfEmpty(string.Join(';', t))),
            Utf8("quote", c.Quote),
            Enum("quote_kind", quoteKinds, k => k == QuoteKind.Summary ? "summary" : "verbatim"),
            Coded("said_on", c.SaidOn, p => p.IsDefault ? null : p.ToString()),
            Coded("reported_by", c.ReportedBy, t => NullIfEmpty(string.Join(';', t))),
            chain,
            Coded("source_title", c.Source, p => p.Title),
            Coded("source_author", c.Source, p => p.Author),
            Coded("source_outlet", c.Source, p => p.Outlet),
            Dates("source_date", c.Source, p => p.Date.Date),
            Coded("source_date_text", c.Source, p => p.Date.ToString()),
            Coded("source_url", c.Source, p => p.Url?.OriginalString),
            Coded("originally_published_in", c.Source, p => p.OriginallyPublishedIn),
            Utf8("notes", c.Notes),
            Utf8("compared_with", c.ComparedWith),
        };
        return new DataFrame(columns);
    }

    /// <summary>
    /// The provenance chain of every row, as <see cref="Appearance.DescribeChain"/> writes it, assembled as UTF-8
    /// from pieces made once per claimant, per list of relays and per publication.
    /// </summary>
    private static ArrowStringDataFrameColumn Chains(ClaimColumns c)
    {
        var names = c.Claimant.Values.Span;
        var nameBytes = new byte[names.Length][];
        for (int i = 0; i < names.Length; i++)
        {
            nameBytes[i] = Encoding.UTF8.GetBytes(names[i].Name);
        }

        var relayLists = c.ReportedBy.Values.Span;
        var relayBytes = new byte[relayLists.Length][];
        for (int i = 0; i < relayLists.Length; i++)
        {
            var sb = new StringBuilder();
            foreach (var r in relayLists[i])
            {
                sb.Append(" → ").Append(r);
            }

            relayBytes[i] = Encoding.UTF8.GetBytes(sb.ToString());
        }

        // Per publication, the end of the chain after a relay (with the author) and in the author's own words.
        var sources = c.Source.Values.Span;
        var relayed = new byte[sources.Length][];
        var ownWords = new byte[sources.Length][];
        for (int i = 0; i < sources.Length; i++)
        {
            var p = sources[i];
            var tail = p.Outlet + " (" + p.Date.ToString() + ")" + (p.OriginallyPublishedIn is null ? string.Empty : " → originally " + p.OriginallyPublishedIn);
            relayed[i] = Encoding.UTF8.GetBytes(" → " + (p.Author is null ? string.Empty : p.Author + ", ") + tail);
            ownWords[i] = Encoding.UTF8.GetBytes(", " + tail);
        }

        var claimantCodes = c.Claimant.Codes.Span;
        var relayCodes = c.ReportedBy.Codes.Span;
        var sourceCodes = c.Source.Codes.Span;
        var text = new ByteColumnWriter(c.RowCount, c.RowCount * 64);
        for (int r = 0; r < c.RowCount; r++)
        {
            var claimant = names[claimantCodes[r]];
            var source = sources[sourceCodes[r]];
            bool own = relayLists[relayCodes[r]].Count == 0 && string.Equals(source.Author, claimant.Name, StringComparison.Ordinal);
            text.Append(nameBytes[claimantCodes[r]]);
            text.Append(relayBytes[relayCodes[r]]);
            text.Append(own ? ownWords[sourceCodes[r]] : relayed[sourceCodes[r]]);
            text.EndRow();
        }

        return text.ToColumn("chain");
    }

    private static DecimalBits Bits(decimal? d)
    {
        if (d is not { } v)
        {
            return new DecimalBits(0, 0, 0, -1);
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(v, bits);
        return new DecimalBits(bits[0], bits[1], bits[2], bits[3]);
    }

    /// <summary>A decimal digit for digit (1.5 and 1.50 differ), or none (flags -1).</summary>
    private readonly record struct DecimalBits(int Lo, int Mid, int Hi, int Flags);

    private readonly record struct FigureKey(BoundKind Bound, DecimalBits Value, DecimalBits High, DecimalBits Tolerance, Scale Scale, int Unit);

    /// <summary>Writes rows of UTF-8 text into one buffer with Arrow offsets (no row is null).</summary>
    private sealed class ByteColumnWriter
    {
        private byte[] _bytes;
        private readonly byte[] _offsets;
        private int _rows;
        private int _end;

        public ByteColumnWriter(int rows, int bytes)
        {
            _bytes = new byte[Math.Max(bytes, 16)];
            _offsets = new byte[(rows + 1) * sizeof(int)];
        }

        public void Append(byte[] piece)
        {
            if (_end + piece.Length > _bytes.Length)
            {
                Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max(_bytes.Length * 2L, _end + (long)piece.Length)));
            }

            piece.CopyTo(_bytes, _end);
            _end += piece.Length;
        }

        public void EndRow()
        {
            _rows++;
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(_offsets.AsSpan(_rows * sizeof(int)), _end);
        }

        public ArrowStringDataFrameColumn ToColumn(string name)
        {
            var valid = new byte[(_rows + 7) / 8];
            valid.AsSpan().Fill(0xFF);
            return new ArrowStringDataFrameColumn(name, _bytes.AsMemory(0, _end), _offsets.AsMemory(0, (_rows + 1) * sizeof(int)), valid, _rows, 0);
        }
    }

    /// <summary>A text column over the UTF-8 buffer and offsets of <paramref name="column"/>, without a copy.</summary>
    private static ArrowStringDataFrameColumn Utf8(string name, Utf8Column column) =>
        new(name, column.Bytes, column.OffsetBytes, column.ValidityBits, column.Count, column.NullCount);

    private static StringDataFrameColumn Coded<T>(string name, CodedColumn<T> column, Func<T, string?> text)
    {
        var values = column.Values.Span;
        var distinct = new string?[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            distinct[i] = text(values[i]);
        }

        var codes = column.Codes.Span;
        var rows = new string?[codes.Length];
        for (int r = 0; r < codes.Length; r++)
        {
            rows[r] = distinct[codes[r]];
        }

        return new StringDataFrameColumn(name, rows);
    }

    private static PrimitiveDataFrameColumn<DateOnly> Dates<T>(string name, CodedColumn<T> column, Func<T, DateOnly?> date)
    {
        var values = column.Values.Span;
        var distinct = new DateOnly?[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            distinct[i] = date(values[i]);
        }

        var codes = column.Codes.Span;
        var rows = new DateOnly?[codes.Length];
        for (int r = 0; r < codes.Length; r++)
        {
            rows[r] = distinct[codes[r]];
        }

        return new PrimitiveDataFrameColumn<DateOnly>(name, rows);
    }

    private static StringDataFrameColumn Enum<T>(string name, ReadOnlySpan<T> values, Func<T, string?> text)
        where T : struct, System.Enum
    {
        var names = new Dictionary<T, string?>();
        var rows = new string?[values.Length];
        for (int r = 0; r < values.Length; r++)
        {
            var v = values[r];
            if (!names.TryGetValue(v, out var s))
            {
                s = text(v);
                names[v] = s;
            }

            rows[r] = s;
        }

        return new StringDataFrameColumn(name, rows);
    }

    private static decimal?[] ToNullable(ReadOnlySpan<decimal> values)
    {
        var result = new decimal?[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = values[i];
        }

        return result;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
