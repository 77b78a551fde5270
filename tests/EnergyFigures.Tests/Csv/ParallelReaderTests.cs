using EnergyFigures.Benchmarks;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EnergyFigures.Tests.Csv;

/// <summary>
/// The fast reader split between threads (pieces cut at record boundaries, read in parallel, appended in one
/// sequential pass that joins claims continuing across pieces and checks ids across the file) against the same
/// reader on one thread: on random files and random cuts, both accept the same files and give identical columns
/// (the same codes, values, texts and claim starts), so reports and diagnostics are identical too.
/// </summary>
public class ParallelReaderTests
{
    private static ClaimColumns? Sequential(byte[] bytes, int chunk, out long rows) =>
        Utf8ClaimsReader.TryRead(new MemoryStream(bytes), ClaimsCsv.DefaultMaxRecordBytes, out rows, parallelism: null, chunkBytes: chunk);

    private static ClaimColumns? Parallel(byte[] bytes, int pieces, int pieceBytes, out long rows) =>
        Utf8ClaimsReader.TryRead(new MemoryStream(bytes), ClaimsCsv.DefaultMaxRecordBytes, out rows, parallelism: new ReadParallelism(pieces, pieceBytes));

    /// <summary>Both null, or the same rows, claims and columns, value by value (codes included).</summary>
    internal static bool Same(ClaimColumns? a, long rowsA, ClaimColumns? b, long rowsB)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return rowsA == rowsB
            && a.RowCount == b.RowCount
            && a.ClaimCount == b.ClaimCount
            && a.ClaimStarts.Span.SequenceEqual(b.ClaimStarts.Span)
            && SameText(a.Id, b.Id) && SameText(a.Subject, b.Subject) && SameText(a.Text, b.Text) && SameText(a.Quote, b.Quote)
            && SameText(a.Notes, b.Notes) && SameText(a.ComparedWith, b.ComparedWith)
            && SameCoded(a.Period, b.Period) && SameCoded(a.Claimant, b.Claimant) && SameCoded(a.Unit, b.Unit)
            && SameCoded(a.Topics, b.Topics) && SameCoded(a.Countries, b.Countries) && SameCoded(a.SaidOn, b.SaidOn)
            && SameCoded(a.ReportedBy, b.ReportedBy) && SameCoded(a.Source, b.Source)
            && a.Bound.Span.SequenceEqual(b.Bound.Span) && a.Scale.Span.SequenceEqual(b.Scale.Span) && a.QuoteKind.Span.SequenceEqual(b.QuoteKind.Span)
            && SameDecimals(a.Value.ToArray().Select(v => (decimal?)v), b.Value.ToArray().Select(v => (decimal?)v))
            && SameDecimals(a.ValueHigh.ToArray(), b.ValueHigh.ToArray())
            && SameDecimals(a.Tolerance.ToArray(), b.Tolerance.ToArray())
            && ClaimSet.FromColumns(a).SequenceEqual(ClaimSet.FromColumns(b));
    }

    private static bool SameText(Utf8Column a, Utf8Column b) =>
        a.Count == b.Count && a.EmptyIsNull == b.EmptyIsNull && a.Bytes.Span.SequenceEqual(b.Bytes.Span) && a.Offsets.SequenceEqual(b.Offsets);

    private static bool SameCoded<T>(CodedColumn<T> a, CodedColumn<T> b) =>
        a.Codes.Span.SequenceEqual(b.Codes.Span) && a.Values.ToArray().SequenceEqual(b.Values.ToArray());

    // Scale included: 1.50 and 1.5 are equal decimals but not the same figure as printed.
    private static bool SameDecimals(IEnumerable<decimal?> a, IEnumerable<decimal?> b) =>
        a.Select(d => d?.ToString(System.Globalization.CultureInfo.InvariantCulture)).SequenceEqual(b.Select(d => d?.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Property(MaxTest = 400)]
    public Property Parallel_and_sequential_readers_agree_on_random_files_and_cuts() =>
        Prop.ForAll(
            Arb.From(from seed in Gen.Choose(0, int.MaxValue) from pieces in Gen.Choose(1, 5) from pieceBytes in Gen.Choose(16, 600) from chunk in Gen.Choose(16, 400) select (seed, pieces, pieceBytes, chunk)),
            t =>
        {
            var (seed, pieces, pieceBytes, chunk) = t;
            var bytes = FastReaderTests.RandomFile(seed);
            var sequential = Sequential(bytes, chunk, out long rowsS);
            var parallel = Parallel(bytes, pieces, pieceBytes, out long rowsP);
            return Same(sequential, rowsS, parallel, rowsP);
        });

    /// <summary>A generated archive (claims on one, two or three consecutive rows), with one random change or none.</summary>
    private static byte[] GeneratedFile(int rows, int seed, int change)
    {
        var bytes = ClaimsFileGenerator.GenerateBytes(rows, (ulong)seed);
        var rnd = new Random(seed);
        int at = rnd.Next(bytes.Length / 10, bytes.Length); // after the header
        switch (change)
        {
            case 1: // a stray quote: pieces may be cut inside a field
                bytes[at] = (byte)'"';
                break;
            case 2: // a continuation row that differs from its claim's first row, or a broken number or id
                bytes[at] = bytes[at] == (byte)'1' ? (byte)'2' : (byte)'1';
                break;
            case 3: // a row repeated elsewhere: a duplicate id, unless it lands next to its claim
                {
                    var text = System.Text.Encoding.UTF8.GetString(bytes);
                    var lines = text.Split('\n').ToList();
                    int from = rnd.Next(1, lines.Count - 1);
                    lines.Insert(rnd.Next(1, lines.Count - 1), lines[from]);
                    bytes = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines));
                    break;
                }

            case 4: // a blank line
                bytes = [.. bytes.Take(at), .. "\n"u8.ToArray(), .. bytes.Skip(at)];
                break;
        }

        return bytes;
    }

    [Property(MaxTest = 60)]
    public Property Parallel_and_sequential_readers_agree_on_generated_archives_with_claims_across_pieces() =>
        Prop.ForAll(
            Arb.From(from seed in Gen.Choose(0, int.MaxValue) from pieces in Gen.Choose(1, 6) from pieceBytes in Gen.Choose(200, 40_000) from change in Gen.Choose(0, 5) select (seed, pieces, pieceBytes, change)),
            t =>
        {
            var (seed, pieces, pieceBytes, change) = t;
            var bytes = GeneratedFile(300, seed, change);
            var sequential = Sequential(bytes, 1 << 20, out long rowsS);
            var parallel = Parallel(bytes, pieces, pieceBytes, out long rowsP);
            return Same(sequential, rowsS, parallel, rowsP);
        });

    [Fact]
    public void Pieces_smaller_than_a_record_make_the_window_grow_and_give_the_same_columns()
    {
        var bytes = ClaimsFileGenerator.GenerateBytes(200);
        var sequential = Sequential(bytes, 1 << 20, out long rowsS);
        var parallel = Parallel(bytes, 3, 16, out long rowsP);
        Assert.NotNull(sequential);
        Assert.True(Same(sequential, rowsS, parallel, rowsP));
    }

    [Fact]
    public void A_stray_quote_that_hides_every_boundary_hands_the_file_over_without_growing_the_window()
    {
        // After a stray quote every later line feed has an odd number of quotes before it, so no cut is found.
        var bytes = ClaimsFileGenerator.GenerateBytes(50_000); // ~21 MB
        int at = Array.IndexOf(bytes, (byte)'\n') + 40;
        bytes[at] = (byte)'"';
        var sequential = Sequential(bytes, 1 << 20, out long rowsS);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var parallel = Parallel(bytes, 2, 1 << 20, out long rowsP);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Null(sequential);
        Assert.True(Same(sequential, rowsS, parallel, rowsP));

        // The one-thread reader gives up at the quote; the parallel one must not first grow its window to hold
        // the rest of the file (that would allocate over twice the file's size; both readers' buffers and first
        // columns come to ~12 MB).
        Assert.InRange(allocated, 0, bytes.Length);
    }

    [Fact]
    [Trait("Category", "Slow")] // a 64 MB file, read four times
    public void A_large_file_is_read_in_parallel_by_default_with_the_sequential_readers_columns()
    {
        // Above the size where ClaimsCsv.Validate splits the file between threads (on a machine with two cores or more).
        var bytes = ClaimsFileGenerator.GenerateBytes((int)(ReadParallelism.MinFileBytes / 400));
        Assert.True(bytes.Length >= ReadParallelism.MinFileBytes);
        var sequential = Sequential(bytes, 1 << 20, out long rowsS);
        var byDefault = Utf8ClaimsReader.TryRead(new MemoryStream(bytes), ClaimsCsv.DefaultMaxRecordBytes, out long rowsD);
        var twoPieces = Parallel(bytes, 2, 1 << 20, out long rowsP);
        Assert.NotNull(sequential);
        Assert.True(Same(sequential, rowsS, byDefault, rowsD));
        Assert.True(Same(sequential, rowsS, twoPieces, rowsP));
        Assert.Equal(sequential!.RowCount, ClaimsCsv.Validate(new MemoryStream(bytes), "big.csv").RowsRead);
    }

    [Fact]
    public void The_split_depends_on_the_file_size_and_the_cores()
    {
        Assert.Null(ReadParallelism.For(ReadParallelism.MinFileBytes - 1));
        var big = ReadParallelism.For(ReadParallelism.MinFileBytes);
        Assert.Equal(Environment.ProcessorCount > 1, big is not null);
    }
}
