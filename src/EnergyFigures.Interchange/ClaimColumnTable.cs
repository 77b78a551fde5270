using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using EnergyFigures.Claims;

namespace EnergyFigures.Interchange;

/// <summary>
/// The claims table (<see cref="ClaimTable"/>: the same columns, names, order, kinds and values) computed from a
/// claim set's columns (<see cref="ClaimSet.Columns"/>) instead of claim objects, as buffers that the DataFrame
/// (<see cref="ClaimColumnFrame"/>), Arrow and Parquet writers (<see cref="ClaimColumnExport"/>) wrap or copy:
/// texts kept per row as UTF-8 (id, subject, text, quote, notes, compared_with) stay the set's own buffers;
/// values that repeat (periods, claimants, units, lists, publications, bound kinds) stay codes into their distinct
/// values, turned into text once per distinct value; the derived texts (meaning, chain) are written once as UTF-8;
/// decimals, booleans and dates are flat arrays in the layout of .NET (what Microsoft.Data.Analysis takes). Uses
/// only the public API of <see cref="ClaimColumns"/>.
/// </summary>
internal sealed class ClaimColumnTable
{
    private ClaimColumnTable(int rowCount, IReadOnlyList<ColumnSource> columns)
    {
        RowCount = rowCount;
        Columns = columns;
    }

    public int RowCount { get; }

    /// <summary>The columns, in the order of the table they were built for.</summary>
    public IReadOnlyList<ColumnSource> Columns { get; }

    /// <summary>The columns of <see cref="ClaimTable.Spec"/> (the DataFrame's, <c>DataExport</c>'s Arrow and Parquet files).</summary>
    public static ClaimColumnTable Of(ClaimColumns c) => Build(c, ClaimTable.Spec.Names, exportTables: false);

    /// <summary>The columns of the claims, appearances and reported tables of <see cref="TableExport"/> (<see cref="ExportTables"/>).</summary>
    public static ClaimColumnTable ForExport(ClaimColumns c, IEnumerable<string> names) => Build(c, names, exportTables: true);

    /// <summary>
    /// The columns of the given names, in their order, each computed the way the object table with those names
    /// computes it (the two schemas differ in two places: the export tables' period sides are never null, and their
    /// quote kinds include <c>derived</c>). A name this does not know fails loudly (and in tests).
    /// </summary>
    private static ClaimColumnTable Build(ClaimColumns c, IEnumerable<string> names, bool exportTables)
    {
        (Utf8Source Meaning, DecimalSource Low, DecimalSource High, BooleanSource LowOpen, BooleanSource HighOpen)? figures = null;
        var f = new Func<(Utf8Source Meaning, DecimalSource Low, DecimalSource High, BooleanSource LowOpen, BooleanSource HighOpen)>(() => figures ??= Figures(c));
        var sources = new List<ColumnSource>();
        foreach (var name in names)
        {
            sources.Add(name switch
            {
                "id" => Utf8Source.Of(name, c.Id),
                "subject" => Utf8Source.Of(name, c.Subject),
                "period" => CodedTextSource.Of(name, c.Period, p => p.ToString()),
                "period_start" => exportTables ? DateSource.Of(name, c.Period, p => p.Start) : DateSource.Of(name, c.Period, p => p.IsDefault ? null : p.Start),
                "period_end" => exportTables ? DateSource.Of(name, c.Period, p => p.End) : DateSource.Of(name, c.Period, p => p.IsDefault ? null : p.End),
                "claimant" => CodedTextSource.Of(name, c.Claimant, x => x.Name),
                "claimant_role" => CodedTextSource.Of(name, c.Claimant, x => x.Role),
                "text" => Utf8Source.Of(name, c.Text),
                "meaning" => f().Meaning,
                "bound" => CodedTextSource.OfEnum(name, c.Bound.Span, b => b.ToName()),
                "value" => DecimalSource.Of(name, c.Value),
                "value_high" => DecimalSource.Of(name, c.ValueHigh),
                "tolerance" => DecimalSource.Of(name, c.Tolerance),
                "scale" => CodedTextSource.OfEnum(name, c.Scale.Span, s => NullIfEmpty(s.ToName())),
                "unit" => CodedTextSource.Of(name, c.Unit, u => u.Symbol),
                "low" => f().Low,
                "low_open" => f().LowOpen,
                "high" => f().High,
                "high_open" => f().HighOpen,
                "topics" => CodedTextSource.Of(name, c.Topics, t => NullIfEmpty(string.Join(';', t))),
                "countries" => CodedTextSource.Of(name, c.Countries, t => NullIfEmpty(string.Join(';', t))),
                "quote" => Utf8Source.Of(name, c.Quote),
                "quote_kind" => CodedTextSource.OfEnum(name, c.QuoteKind.Span, ExportTables.QuoteKindName),
                "said_on" => CodedTextSource.Of(name, c.SaidOn, p => p.IsDefault ? null : p.ToString()),
                "reported_by" => CodedTextSource.Of(name, c.ReportedBy, t => NullIfEmpty(string.Join(';', t))),
                "chain" => Chains(c),
                "source_title" => CodedTextSource.Of(name, c.Source, p => p.Title),
                "source_author" => CodedTextSource.Of(name, c.Source, p => p.Author),
                "source_outlet" => CodedTextSource.Of(name, c.Source, p => p.Outlet),
                "source_date" => DateSource.Of(name, c.Source, p => p.Date.Date),
                "source_date_text" => CodedTextSource.Of(name, c.Source, p => p.Date.ToString()),
                "source_url" => CodedTextSource.Of(name, c.Source, p => p.Url?.OriginalString),
                "originally_published_in" => CodedTextSource.Of(name, c.Source, p => p.OriginallyPublishedIn),
                "notes" => Utf8Source.Of(name, c.Notes),
                "compared_with" => Utf8Source.Of(name, c.ComparedWith),
                "appearance" => Appearances(c, count: false),
                "appearance_count" => Appearances(c, count: true),
                _ when name.EndsWith("_text", StringComparison.Ordinal) && sources.Count > 0 && sources[^1] is DecimalSource d && d.Name + "_text" == name => DecimalText(name, d),
                _ => throw new InvalidOperationException($"The claims table built from columns has no column '{name}'."),
            });
        }

        return new ClaimColumnTable(c.RowCount, sources);
    }

    /// <summary>Per row, which appearance of its claim it is (1 = the first), or how many its claim has.</summary>
    private static IntegerSource Appearances(ClaimColumns c, bool count)
    {
        var starts = c.ClaimStarts.Span;
        var values = new long[c.RowCount];
        for (int k = 0; k < c.ClaimCount; k++)
        {
            for (int r = starts[k]; r < starts[k + 1]; r++)
            {
                values[r] = count ? starts[k + 1] - starts[k] : r - starts[k] + 1;
            }
        }

        return new IntegerSource(count ? "appearance_count" : "appearance", values);
    }

    /// <summary>A decimal column's values as text, each with its own scale (invariant), written straight as UTF-8.</summary>
    private static Utf8Source DecimalText(string name, DecimalSource values)
    {
        var text = new Utf8Writer(values.Count, values.Count * 8L);
        Span<byte> utf8 = stackalloc byte[64];
        for (int r = 0; r < values.Count; r++)
        {
            if (values.TryGet(r, out var v))
            {
                v.TryFormat(utf8, out int n, default, CultureInfo.InvariantCulture);
                text.Append(utf8[..n]);
                text.EndRow();
            }
            else
            {
                text.EndRow(isNull: true);
            }
        }

        return text.ToSource(name);
    }

    /// <summary>The printed text a figure is made with here: neither its interval nor its meaning depends on it.</summary>
    private const string PlaceholderText = "figure";

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>
    /// Per row, the figure's interval (low, low_open, high, high_open) and meaning (<c>Figure.ToString("D")</c>).
    /// A figure is made once per distinct (bound, numbers digit for digit, scale, unit), not per claim: neither the
    /// interval nor the meaning depends on the printed text, and in a large file a third of the claims state a
    /// figure another claim already stated. Each distinct figure's interval and the place of its meaning (written
    /// once as UTF-8) are kept in its dictionary entry, so that a claim costs one lookup and one copy.
    /// </summary>
    private static (Utf8Source Meaning, DecimalSource Low, DecimalSource High, BooleanSource LowOpen, BooleanSource HighOpen) Figures(ClaimColumns c)
    {
        int n = c.RowCount;
        var starts = c.ClaimStarts.Span;
        var bounds = c.Bound.Span;
        var values = c.Value.Span;
        var highs = c.ValueHigh.Span;
        var tolerances = c.Tolerance.Span;
        var scales = c.Scale.Span;
        var unitCodes = c.Unit.Codes.Span;
        var units = c.Unit.Values.Span;
        var inv = CultureInfo.InvariantCulture;

        // Decimals in .NET's layout (16 bytes each), as Microsoft.Data.Analysis reads them.
        var lowBytes = new byte[n * 16];
        var highBytes = new byte[n * 16];
        var low = MemoryMarshal.Cast<byte, decimal>(lowBytes.AsSpan());
        var high = MemoryMarshal.Cast<byte, decimal>(highBytes.AsSpan());
        var lowValid = new byte[(n + 7) / 8];
        var highValid = new byte[(n + 7) / 8];
        var lowOpen = new bool[n];
        var highOpen = new bool[n];
        int lowNulls = 0, highNulls = 0;
        var meaning = new Utf8Writer(n, n * 40L);
        var meanings = new byte[1 << 16]; // each distinct meaning once, one after the other
        int meaningsEnd = 0;
        var known = new FigureTable();
        for (int k = 0; k < c.ClaimCount; k++)
        {
            int first = starts[k];
            var key = new FigureKey(bounds[first], values[first], highs[first], tolerances[first], scales[first], unitCodes[first]);
            ref var entry = ref known.FindOrAdd(key, out bool exists);
            if (!exists)
            {
                var f = Figure.Create(PlaceholderText, key.Bound, values[first], units[key.Unit], key.Scale, highs[first], tolerances[first]);
                var description = f.ToString("D", inv);
                entry.Interval = f.Interval;
                if (Encoding.UTF8.TryGetBytes(description, entry.Meaning, out int inline))
                {
                    entry.MeaningStart = -1;
                    entry.MeaningLength = inline;
                }
                else
                {
                    int max = Encoding.UTF8.GetMaxByteCount(description.Length);
                    if (meaningsEnd + max > meanings.Length)
                    {
                        Array.Resize(ref meanings, (int)Math.Min(Array.MaxLength, Math.Max(meanings.Length * 2L, meaningsEnd + (long)max)));
                    }

                    entry.MeaningStart = meaningsEnd;
                    entry.MeaningLength = Encoding.UTF8.GetBytes(description, meanings.AsSpan(meaningsEnd));
                    meaningsEnd += entry.MeaningLength;
                }
            }

            // The entry's chunk never moves: its interval and meaning are read in place.
            var i = entry.Interval;
            ReadOnlySpan<byte> text = entry.MeaningStart < 0 ? ((ReadOnlySpan<byte>)entry.Meaning)[..entry.MeaningLength] : meanings.AsSpan(entry.MeaningStart, entry.MeaningLength);
            for (int r = first; r < starts[k + 1]; r++)
            {
                if (i.Low is { } lo)
                {
                    low[r] = lo;
                    lowValid[r >> 3] |= (byte)(1 << (r & 7));
                }
                else
                {
                    lowNulls++;
                }

                if (i.High is { } hi)
                {
                    high[r] = hi;
                    highValid[r >> 3] |= (byte)(1 << (r & 7));
                }
                else
                {
                    highNulls++;
                }

                lowOpen[r] = i.LowOpen || !i.HasLow;
                highOpen[r] = i.HighOpen || !i.HasHigh;
                meaning.Append(text);
                meaning.EndRow();
            }
        }

        return (
            meaning.ToSource("meaning"),
            DecimalSource.Of("low", lowBytes, lowValid, n, lowNulls),
            DecimalSource.Of("high", highBytes, highValid, n, highNulls),
            new BooleanSource("low_open", lowOpen),
            new BooleanSource("high_open", highOpen));
    }

    /// <summary>
    /// A distinct figure: its key, its interval and its meaning's UTF-8, kept in the entry when it fits (most do: the
    /// row loop then copies it from the cache lines the lookup just read) or else among the longer meanings.
    /// </summary>
    private struct FigureEntry
    {
        public FigureKey Key;
        public Numerics.Interval Interval;
        public int MeaningStart; // -1: in Meaning
        public int MeaningLength;
        public MeaningBytes Meaning;
    }

    [InlineArray(64)]
    private struct MeaningBytes
    {
        private byte _first;
    }

    /// <summary>
    /// The distinct figures by key: open addressing over a small array of (hash, id) slots, the keys and values in
    /// chunks that never move. Looking a figure up touches a slot and, when the hash matches, its entry; growing
    /// re-places the slots only. (A Dictionary of these 100-byte entries spent more time copying them as it grew,
    /// and missing the cache twice per lookup, than on the figures.)
    /// </summary>
    private sealed class FigureTable
    {
        private const int ChunkBits = 12;
        private readonly List<FigureEntry[]> _chunks = [];
        private Slot[] _slots = new Slot[1 << 12];
        private int _count;

        /// <summary>The entry of a key, added (with the key only) when new: then <paramref name="exists"/> is false.</summary>
        public ref FigureEntry FindOrAdd(in FigureKey key, out bool exists)
        {
            int hash = key.GetHashCode();
            int mask = _slots.Length - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask)
            {
                ref var slot = ref _slots[i];
                if (slot.Id == 0)
                {
                    int id = _count++;
                    if ((id & ((1 << ChunkBits) - 1)) == 0)
                    {
                        _chunks.Add(new FigureEntry[1 << ChunkBits]);
                    }

                    ref var entry = ref At(id);
                    entry.Key = key;
                    slot = new Slot(hash, id + 1);
                    if (_count * 2 > _slots.Length)
                    {
                        Grow();
                    }

                    exists = false;
                    return ref entry;
                }

                if (slot.Hash == hash)
                {
                    ref var entry = ref At(slot.Id - 1);
                    if (entry.Key.Equals(key))
                    {
                        exists = true;
                        return ref entry;
                    }
                }
            }
        }

        private ref FigureEntry At(int id) => ref _chunks[id >> ChunkBits][id & ((1 << ChunkBits) - 1)];

        private void Grow()
        {
            var old = _slots;
            _slots = new Slot[old.Length * 2];
            int mask = _slots.Length - 1;
            foreach (var slot in old)
            {
                if (slot.Id != 0)
                {
                    int i = slot.Hash & mask;
                    while (_slots[i].Id != 0)
                    {
                        i = (i + 1) & mask;
                    }

                    _slots[i] = slot;
                }
            }
        }

        /// <summary>A key's hash and its entry's id + 1 (0: an empty slot).</summary>
        private readonly record struct Slot(int Hash, int Id);

    }

    /// <summary>
    /// The provenance chain of every row, as <see cref="Appearance.DescribeChain"/> writes it, assembled as UTF-8
    /// from pieces made once per claimant, per list of relays and per publication (kept in one buffer).
    /// </summary>
    private static Utf8Source Chains(ClaimColumns c)
    {
        var pieces = new PieceBuffer();
        var names = c.Claimant.Values.Span;
        var name = new int[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            name[i] = pieces.Add(names[i].Name);
        }

        var relayLists = c.ReportedBy.Values.Span;
        var relays = new int[relayLists.Length];
        var noRelay = new bool[relayLists.Length];
        for (int i = 0; i < relayLists.Length; i++)
        {
            var sb = new StringBuilder();
            foreach (var r in relayLists[i])
            {
                sb.Append(" → ").Append(r);
            }

            relays[i] = pieces.Add(sb.ToString());
            noRelay[i] = relayLists[i].Count == 0;
        }

        // Per publication, the end of the chain after a relay (with the author) and in the author's own words.
        var sources = c.Source.Values.Span;
        var relayed = new int[sources.Length];
        var ownWords = new int[sources.Length];
        for (int i = 0; i < sources.Length; i++)
        {
            var p = sources[i];
            var tail = p.Outlet + " (" + p.Date.ToString() + ")" + (p.OriginallyPublishedIn is null ? string.Empty : " → originally " + p.OriginallyPublishedIn);
            relayed[i] = pieces.Add(" → " + (p.Author is null ? string.Empty : p.Author + ", ") + tail);
            ownWords[i] = pieces.Add(", " + tail);
        }

        // Whether an author is the claimant, by number: the same number for the same name.
        var people = new Dictionary<string, int>(StringComparer.Ordinal);
        var nameNumber = new int[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            nameNumber[i] = Number(people, names[i].Name);
        }

        var authorNumber = new int[sources.Length];
        for (int i = 0; i < sources.Length; i++)
        {
            authorNumber[i] = sources[i].Author is { } author ? Number(people, author) : -1;
        }

        var claimantCodes = c.Claimant.Codes.Span;
        var relayCodes = c.ReportedBy.Codes.Span;
        var sourceCodes = c.Source.Codes.Span;
        int n = c.RowCount;
        var starts = pieces.Starts;
        static int Length(int[] starts, int id) => starts[id + 1] - starts[id];

        // Per row, its three pieces; an author stating a claim in their own article is not a relay to themselves.
        var ends = new int[n];
        long total = 0;
        for (int r = 0; r < n; r++)
        {
            int s = sourceCodes[r];
            bool own = noRelay[relayCodes[r]] && authorNumber[s] == nameNumber[claimantCodes[r]];
            int end = own ? ownWords[s] : relayed[s];
            ends[r] = end;
            total += Length(starts, name[claimantCodes[r]]) + Length(starts, relays[relayCodes[r]]) + Length(starts, end);
        }

        var bytes = pieces.Bytes;
        var text = new Utf8Writer(n, total);
        for (int r = 0; r < n; r++)
        {
            int a = name[claimantCodes[r]], b = relays[relayCodes[r]], e = ends[r];
            text.Append(bytes.AsSpan(starts[a], starts[a + 1] - starts[a]));
            text.Append(bytes.AsSpan(starts[b], starts[b + 1] - starts[b]));
            text.Append(bytes.AsSpan(starts[e], starts[e + 1] - starts[e]));
            text.EndRow();
        }

        return text.ToSource("chain");
    }

    private static int Number(Dictionary<string, int> numbers, string text)
    {
        ref int number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, text, out bool exists);
        if (!exists)
        {
            number = numbers.Count - 1;
        }

        return number;
    }

    /// <summary>Short UTF-8 texts one after the other in one buffer, each known by an id.</summary>
    private sealed class PieceBuffer
    {
        private int[] _starts = new int[64];
        private int _count;
        private byte[] _bytes = new byte[4096];

        /// <summary>Where each piece starts, then where the last ends: piece <c>i</c> is <c>Bytes[Starts[i]..Starts[i + 1]]</c>.</summary>
        public int[] Starts => _starts;

        public byte[] Bytes => _bytes;

        public int Add(string text)
        {
            int start = _starts[_count];
            int max = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (start + max > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, start + max));
            }

            if (_count + 2 > _starts.Length)
            {
                Array.Resize(ref _starts, _starts.Length * 2);
            }

            _starts[_count + 1] = start + Encoding.UTF8.GetBytes(text, _bytes.AsSpan(start));
            return _count++;
        }
    }


    /// <summary>
    /// A figure's parts that its interval and meaning depend on: bound, scale, unit code and the numbers digit for
    /// digit (1.5 and 1.50 differ; their bits are compared, not their values). Plain fields and a cheap hash, so
    /// that a dictionary of a million of them stays fast.
    /// </summary>
    private readonly struct FigureKey : IEquatable<FigureKey>
    {
        private readonly long _meta;
        private readonly ulong _v0, _v1, _h0, _h1, _t0, _t1;

        public FigureKey(BoundKind bound, decimal value, decimal? high, decimal? tolerance, Scale scale, int unit)
        {
            _meta = (long)bound | ((long)scale << 8) | ((long)unit << 16);
            (_v0, _v1) = Bits(value);
            (_h0, _h1) = high is { } h ? Bits(h) : (ulong.MaxValue, ulong.MaxValue); // never a decimal's bits
            (_t0, _t1) = tolerance is { } t ? Bits(t) : (ulong.MaxValue, ulong.MaxValue);
        }

        public BoundKind Bound => (BoundKind)unchecked((byte)_meta);

        public Scale Scale => (Scale)unchecked((byte)(_meta >> 8));

        public int Unit => unchecked((int)(_meta >> 16));

        public bool Equals(FigureKey other) =>
            _v0 == other._v0 && _v1 == other._v1 && _meta == other._meta && _h0 == other._h0 && _h1 == other._h1 && _t0 == other._t0 && _t1 == other._t1;

        public override bool Equals(object? obj) => obj is FigureKey k && Equals(k);

        public override int GetHashCode() => HashCode.Combine(_v0, _v1, _meta, _h0 ^ unchecked(_h1 * 31), _t0 ^ unchecked(_t1 * 31));

        private static (ulong, ulong) Bits(decimal d)
        {
            var words = MemoryMarshal.Cast<decimal, ulong>(new ReadOnlySpan<decimal>(in d));
            return (words[0], words[1]);
        }
    }
}
