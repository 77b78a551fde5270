using System.Globalization;
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

        // Per claim: the figure's interval and meaning (a figure made once per claim, not per row).
        var low = new decimal?[n];
        var high = new decimal?[n];
        var lowOpen = new bool[n];
        var highOpen = new bool[n];
        var meaning = new string[n];
        for (int k = 0; k < c.ClaimCount; k++)
        {
            int first = starts[k];
            var f = Figure.Create(c.Text.GetString(first)!, c.Bound.Span[first], c.Value.Span[first], c.Unit[first], c.Scale.Span[first], c.ValueHigh.Span[first], c.Tolerance.Span[first]);
            var i = f.Interval;
            var text = f.ToString("D", inv);
            for (int r = first; r < starts[k + 1]; r++)
            {
                low[r] = i.HasLow ? i.Low : null;
                high[r] = i.HasHigh ? i.High : null;
                lowOpen[r] = i.LowOpen || !i.HasLow;
                highOpen[r] = i.HighOpen || !i.HasHigh;
                meaning[r] = text;
            }
        }

        var chain = new string[n];
        var quoteKinds = c.QuoteKind.Span;
        for (int r = 0; r < n; r++)
        {
            // The chain as Appearance.DescribeChain gives it (the quote plays no part in it).
            var a = new Appearance(string.Empty, quoteKinds[r], default, c.ReportedBy[r], c.Source[r]);
            chain[r] = a.DescribeChain(c.Claimant[r]);
        }

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
            new StringDataFrameColumn("chain", chain),
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
