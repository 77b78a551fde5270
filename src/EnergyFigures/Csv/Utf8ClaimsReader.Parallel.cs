using System.Runtime.CompilerServices;
using EnergyFigures.Claims;
using EnergyFigures.TextHandling;
using static EnergyFigures.Csv.Utf8CsvRecords;

namespace EnergyFigures.Csv;

/// <summary>How the fast reader splits a file between threads: pieces of about <see cref="PieceBytes"/> bytes, <see cref="Pieces"/> at a time.</summary>
/// <param name="Pieces">How many pieces are read at once (one per thread).</param>
/// <param name="PieceBytes">About how many bytes each piece has.</param>
internal readonly record struct ReadParallelism(int Pieces, int PieceBytes)
{
    /// <summary>
    /// Files smaller than this are read on one thread: measured on 2 cores, a 42 MB file (100,000 rows) took as long
    /// in wall time on two threads as on one, for 15–50% more CPU; at 126 MB two threads took 15–25% less wall time.
    /// </summary>
    public const long MinFileBytes = 64L << 20;

    /// <summary>The split for a file of <paramref name="bytes"/> bytes on this machine; null for one thread.</summary>
    public static ReadParallelism? For(long bytes)
    {
        int cores = Math.Min(Environment.ProcessorCount, 8);
        return cores > 1 && bytes >= MinFileBytes ? new ReadParallelism(cores, 1 << 20) : null;
    }
}

// The parallel form of the fast reader. The file is read a window at a time (Pieces × PieceBytes bytes); each
// window is cut at record boundaries into pieces, and each piece is read by its own reader (its own columns and
// tables of repeated values, the same rules as the sequential reader) on its own thread. One sequential pass then
// appends the pieces in order to the result: codes are translated to the result's tables (so they are the codes
// the sequential reader gives), claim ids are checked for duplicates across the whole file, and a claim whose rows
// continue from one piece into the next is joined, its rows checked byte for byte as the sequential reader does.
//
// Cutting needs no trust: a cut is made after a line feed where the number of quotes since the window's start is
// even, which is a record boundary in any file the fast reader accepts. A piece is accepted only if its reader
// ends exactly at its end, so a wrong cut (possible only in a file with a stray quote, which the fast reader
// rejects anyway) makes the piece fail. Anything the cutting cannot handle (a record longer than the window, a
// header it cannot read) hands the file to the sequential reader from the start.
internal sealed partial class Utf8ClaimsReader
{
    private readonly bool _isPiece;
    private byte[] _firstClaimRaw = [];
    private int[] _firstClaimRawEnd = [];

    // For each coded column: the code in the merged result of each of this piece reader's codes (its tables persist
    // from window to window, so a code is translated once).
    private readonly int[][] _maps = new int[8][];
    private readonly int[] _mapped = new int[8];

    private void KeepFirstClaimRaw()
    {
        _firstClaimRaw = _claimRaw.AsSpan(0, _claimRawEnd[ColumnCount - 1]).ToArray();
        _firstClaimRawEnd = (int[])_claimRawEnd.Clone();
    }

    private static ClaimColumns? TryReadParallel(Stream stream, int maxRecordBytes, ReadParallelism plan, out long rows, out bool handOver)
    {
        rows = 0;
        handOver = false;
        long fileBytes = stream.Length - stream.Position;
        int maxRecord = MaxRecord(maxRecordBytes);
        int pieces = Math.Max(plan.Pieces, 1);
        int windowBytes = (int)Math.Min(Math.Max((long)pieces * plan.PieceBytes, 64), Array.MaxLength);

        var main = new Utf8ClaimsReader((int)Math.Clamp(fileBytes / 400, 16, 4_000_000), 16);
        var window = new byte[windowBytes];
        main._buffer = window;
        main._scratch = new byte[windowBytes];
        var readers = new Utf8ClaimsReader[pieces];
        var starts = new int[pieces + 1];
        var ok = new bool[pieces];

        int len = main.Fill(stream, window, 0);
        bool atEnd = len < window.Length;
        int pos = HeaderStart(window, len);
        if (pos < 0 || !main.Loop(null, maxRecord, pos, len, atEnd, header: true, out pos, headerOnly: true) || pos < 0)
        {
            handOver = true; // the sequential reader decides (and reports nothing either)
            return null;
        }

        for (int k = 0; k < pieces; k++)
        {
            readers[k] = new Utf8ClaimsReader(Math.Max(plan.PieceBytes / 400, 16), 16, piece: true);
            Array.Copy(main._index, readers[k]._index, ColumnCount);
            readers[k]._columnsPresent = main._columnsPresent;
        }

        bool reserved = false;
        long consumed = 0;
        while (true)
        {
            // The window's records: up to the last record boundary (all of it at the end of the file).
            int end = atEnd ? len : LastBoundary(window, pos, len);
            if (end <= pos && !(atEnd && pos == len))
            {
                // No record ends in the window: make it bigger, up to what the longest allowed record needs. Past
                // that, the record is too long for the fast reader anyway (or a stray quote hides every boundary):
                // the one-thread reader decides, without this window growing with the file.
                if (len - pos > maxRecord + 2 || window.Length >= Array.MaxLength / 2)
                {
                    handOver = true;
                    return null;
                }

                window = Grow(window, pos, len);
                len -= pos;
                pos = 0;
                main._buffer = window;
                int got = main.Fill(stream, window, len);
                atEnd = got < window.Length;
                len = got;
                continue;
            }

            Cut(window, pos, end, starts);
            var w = window;
            int scratchBytes = 0;
            for (int k = 0; k < pieces; k++)
            {
                scratchBytes = Math.Max(scratchBytes, starts[k + 1] - starts[k]);
            }

            if (pieces == 1)
            {
                ok[0] = readers[0].ReadPiece(w, starts[0], starts[1], maxRecord, scratchBytes);
            }
            else
            {
                try
                {
                    Parallel.For(0, pieces, k => ok[k] = readers[k].ReadPiece(w, starts[k], starts[k + 1], maxRecord, scratchBytes));
                }
                catch (AggregateException e) when (e.InnerExceptions.Count > 0)
                {
                    // What the sequential reader would have thrown (e.g. a column over 2 GB), not a wrapper.
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                    throw;
                }
            }

            for (int k = 0; k < pieces; k++)
            {
                if (!ok[k] || !main.Append(readers[k]))
                {
                    return null;
                }
            }

            consumed += end - pos;
            if (!reserved && !atEnd && main._rows >= ReserveAfterRows)
            {
                // Size every column for the whole file from the first window (2% spare), as the sequential reader does.
                main._b.Reserve(1.02 * fileBytes / Math.Max(consumed, 1));
                reserved = true;
            }

            if (atEnd && end == len)
            {
                rows = main._rows;
                return new ClaimColumns(main._b);
            }

            // Keep the partial record and read the next window after it.
            int keep = len - end;
            window.AsSpan(end, keep).CopyTo(window);
            int filled = main.Fill(stream, window, keep);
            atEnd = filled < window.Length;
            len = filled;
            pos = 0;
        }
    }

    private static byte[] Grow(byte[] window, int pos, int len)
    {
        var bigger = new byte[(int)Math.Min((long)window.Length * 2, Array.MaxLength)];
        window.AsSpan(pos, len - pos).CopyTo(bigger);
        return bigger;
    }

    /// <summary>Where the last record in <c>data[from..to]</c> ends: after the last line feed with an even number of quotes before it (counted from <paramref name="from"/>); <paramref name="from"/> when there is none.</summary>
    private static int LastBoundary(byte[] data, int from, int to)
    {
        var span = data.AsSpan(from, to - from);
        int quotes = span.Count((byte)'"');
        int i = span.Length;
        while (true)
        {
            int j = span[..i].LastIndexOfAny((byte)'"', (byte)'\n');
            if (j < 0)
            {
                return from;
            }

            if (span[j] == (byte)'"')
            {
                quotes--;
            }
            else if ((quotes & 1) == 0)
            {
                return from + j + 1;
            }

            i = j;
        }
    }

    /// <summary>Cuts <c>data[from..to]</c> (whole records) into <c>starts.Length - 1</c> pieces of about equal size, at record boundaries.</summary>
    private static void Cut(byte[] data, int from, int to, int[] starts)
    {
        int pieces = starts.Length - 1;
        starts[0] = from;
        starts[pieces] = to;
        int at = from;
        for (int k = 1; k < pieces; k++)
        {
            int target = Math.Max(at, from + (int)((long)(to - from) * k / pieces));
            bool odd = (data.AsSpan(at, target - at).Count((byte)'"') & 1) == 1;
            int p = target;
            while (true)
            {
                int j = data.AsSpan(p, to - p).IndexOfAny((byte)'"', (byte)'\n');
                if (j < 0)
                {
                    p = to;
                    break;
                }

                p += j + 1;
                if (data[p - 1] == (byte)'"')
                {
                    odd = !odd;
                }
                else if (!odd)
                {
                    break;
                }
            }

            starts[k] = at = p;
        }
    }

    /// <summary>Reads one piece (whole records) of the window into this reader's columns, emptied first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadPiece(byte[] window, int from, int to, int maxRecord, int scratchBytes)
    {
        _b.ClearRows();
        _rows = 0;
        _claimFirstRow = -1;
        _firstClaimRaw = [];
        _buffer = window;
        if (_scratch.Length < scratchBytes)
        {
            _scratch = new byte[scratchBytes];
        }

        return from == to || Loop(null, maxRecord, from, to, atEnd: true, header: false, out _);
    }

    /// <summary>Appends a piece read by <paramref name="piece"/> to this (the merged) reader's columns; false when the file is not certainly valid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Append(Utf8ClaimsReader piece)
    {
        var p = piece._b;
        int n = p.Subject.Count;
        if (n == 0)
        {
            return true;
        }

        var b = _b;
        int baseRow = b.Subject.Count;
        int firstClaimEnd = p.ClaimCount > 1 ? p.ClaimStart(1) : n;

        // The piece's first rows may continue the last claim read: then their claim columns must be byte for byte
        // those of the claim's first row (the sequential reader's rule), and they are not a new claim.
        bool continues = _claimFirstRow >= 0 && p.Id.Get(0).SequenceEqual(b.Id.Get(_claimFirstRow));
        if (continues && !(_claimRaw.AsSpan(0, _claimRawEnd[ColumnCount - 1]).SequenceEqual(piece._firstClaimRaw)
            && _claimRawEnd.AsSpan().SequenceEqual(piece._firstClaimRawEnd)))
        {
            return false;
        }

        b.Id.AddRange(p.Id, 0, n);
        b.Subject.AddRange(p.Subject, 0, n);
        b.Period.AddRange(p.Period, 0, n, Map(0, piece._claimPeriods, _claimPeriods, p.Period, b.Period, piece));
        b.Claimant.AddRange(p.Claimant, 0, n, Map(1, piece._claimants, _claimants, p.Claimant, b.Claimant, piece));
        b.Text.AddRange(p.Text, 0, n);
        b.Bound.AddRange(p.Bound, 0, n);
        b.Value.AddRange(p.Value, 0, n);
        b.ValueHigh.AddRange(p.ValueHigh, 0, n);
        b.Tolerance.AddRange(p.Tolerance, 0, n);
        b.Scale.AddRange(p.Scale, 0, n);
        b.Unit.AddRange(p.Unit, 0, n, Map(2, piece._units, _units, p.Unit, b.Unit, piece));
        b.Topics.AddRange(p.Topics, 0, n, Map(3, piece._topics, _topics, p.Topics, b.Topics, piece));
        b.Countries.AddRange(p.Countries, 0, n, Map(4, piece._countries, _countries, p.Countries, b.Countries, piece));
        b.Quote.AddRange(p.Quote, 0, n);
        b.QuoteKind.AddRange(p.QuoteKind, 0, n);
        b.SaidOn.AddRange(p.SaidOn, 0, n, Map(5, piece._saidOn, _saidOn, p.SaidOn, b.SaidOn, piece));
        b.ReportedBy.AddRange(p.ReportedBy, 0, n, Map(6, piece._reportedBy, _reportedBy, p.ReportedBy, b.ReportedBy, piece));
        b.Source.AddRange(p.Source, 0, n, Map(7, piece._sources, _sources, p.Source, b.Source, piece));
        b.ComparedWith.AddRange(p.ComparedWith, 0, n);
        if (continues)
        {
            // A claim's notes are its first row's.
            for (int r = 0; r < firstClaimEnd; r++)
            {
                b.Notes.Add(b.Notes.Get(_claimFirstRow));
            }

            b.Notes.AddRange(p.Notes, firstClaimEnd, n);
        }
        else
        {
            b.Notes.AddRange(p.Notes, 0, n);
        }

        for (int c = continues ? 1 : 0; c < p.ClaimCount; c++)
        {
            int row = p.ClaimStart(c);
            if (!b.StartClaimAt(p.Id.Get(row), baseRow + row))
            {
                return false; // a duplicate id
            }
        }

        if (p.ClaimCount > (continues ? 1 : 0))
        {
            // The last claim of the piece may continue in the next one.
            _claimFirstRow = baseRow + p.ClaimStart(p.ClaimCount - 1);
            int used = piece._claimRawEnd[ColumnCount - 1];
            if (_claimRaw.Length < used)
            {
                _claimRaw = new byte[Math.Max(used, _claimRaw.Length * 2)];
            }

            piece._claimRaw.AsSpan(0, used).CopyTo(_claimRaw);
            piece._claimRawEnd.CopyTo(_claimRawEnd, 0);
        }

        _rows += piece._rows;
        return true;
    }

    /// <summary>The translation of a piece reader's codes of one coded column into this reader's, extended for the values new since the last piece.</summary>
    private static ReadOnlySpan<int> Map<T>(int column, Utf8KeyTable from, Utf8KeyTable to, CodedColumnBuilder<T> fromValues, CodedColumnBuilder<T> toValues, Utf8ClaimsReader piece)
    {
        ref var map = ref piece._maps[column];
        int done = piece._mapped[column];
        int count = from.Count;
        if (map is null || map.Length < count)
        {
            Array.Resize(ref map, Math.Max(count, (map?.Length ?? 8) * 2));
        }

        for (int code = done; code < count; code++)
        {
            int mine = to.FindOrAdd(from.Key(code), out bool added);
            if (added)
            {
                toValues.AddValue(fromValues.ValueOf(code));
            }

            map[code] = mine;
        }

        piece._mapped[column] = count;
        return map.AsSpan(0, count);
    }
}
