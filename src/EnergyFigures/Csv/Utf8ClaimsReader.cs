using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using EnergyFigures.Claims;
using static EnergyFigures.Csv.Utf8CsvRecords;

namespace EnergyFigures.Csv;

/// <summary>
/// The fast path of <see cref="ClaimsCsv.Validate(Stream, string, int)"/>: reads a claims file as UTF-8 bytes
/// straight into <see cref="ClaimColumns"/>, without a string per field. Numbers are parsed from the bytes;
/// values that repeat (periods, units, claimants, lists, publications) are recognised by their bytes and
/// validated once. It applies every rule of the reference reader (<c>ClaimsCsv.Reader</c>) but reports none:
/// at the first thing it is not sure is valid (any problem, or a feature of the file it does not handle, such as
/// a UTF-16 byte order mark) it gives up, and the caller reads the file again with the reference reader, which
/// gives every diagnostic with its exact message. A valid file therefore gives the same claims either way, and
/// a file with problems the same report.
/// </summary>
internal sealed partial class Utf8ClaimsReader
{
    private const int ChunkBytes = 1 << 20;
    private const int ColumnCount = 26;
    private const int ClaimColumnCount = 14; // id .. countries, plus compared_with (25)
    private const int ComparedWithColumn = 25;

    private readonly ClaimColumns.Builder _b;
    private readonly int[] _index = new int[ColumnCount];
    private readonly Field[] _fields;
    private byte[] _buffer;
    private byte[] _scratch; // as long as _buffer: an unescaped field always fits
    private const int ReserveAfterRows = 4096;
    private long _fileBytes;
    private long _readBytes;
    private int _columnsPresent;
    private long _rows;

    // The claim being read: its first row, and the raw bytes of its claim columns on that row (a row that
    // continues it must repeat them exactly).
    private int _claimFirstRow = -1;
    private byte[] _claimRaw = new byte[1024];
    private readonly int[] _claimRawEnd = new int[ColumnCount];

    private Utf8ClaimsReader(int expectedRows, int chunkBytes, bool piece = false)
    {
        _buffer = new byte[chunkBytes];
        _scratch = new byte[chunkBytes];
        _b = new ClaimColumns.Builder(expectedRows, trackIds: !piece);
        _fields = new Field[ColumnCount + 1];
        _isPiece = piece;
    }

    /// <summary>Reads a whole claims file; null when it may have any problem (then the reference reader must read it).</summary>
    /// <param name="stream">The input, at the start of the file.</param>
    /// <param name="maxRecordBytes">The largest record the caller accepts.</param>
    /// <param name="rows">The number of data rows read.</param>
    /// <param name="chunkBytes">How many bytes to read at a time (tests use small chunks, so records straddle reads).</param>
    /// <returns>The columns, or null.</returns>
    /// <remarks>The file is split between threads as <see cref="ReadParallelism.For"/> says for its size (a stream that cannot seek is read on one thread).</remarks>
    public static ClaimColumns? TryRead(Stream stream, int maxRecordBytes, out long rows, int chunkBytes = ChunkBytes) =>
        TryRead(stream, maxRecordBytes, out rows, stream.CanSeek ? ReadParallelism.For(stream.Length - stream.Position) : null, chunkBytes);

    /// <summary>Reads a whole claims file split between threads as <paramref name="parallelism"/> says; null when it may have any problem.</summary>
    /// <param name="stream">The input, at the start of the file.</param>
    /// <param name="maxRecordBytes">The largest record the caller accepts.</param>
    /// <param name="rows">The number of data rows read.</param>
    /// <param name="parallelism">How to split the file between threads (a seekable stream only); null for one thread.</param>
    /// <param name="chunkBytes">How many bytes the one-thread reader reads at a time.</param>
    /// <returns>The columns, or null.</returns>
    public static ClaimColumns? TryRead(Stream stream, int maxRecordBytes, out long rows, ReadParallelism? parallelism, int chunkBytes = ChunkBytes)
    {
        rows = 0;
        if (stream.CanSeek && parallelism is { } split)
        {
            long at = stream.Position;
            var columns = TryReadParallel(stream, maxRecordBytes, split, out rows, out bool handOver);
            if (!handOver)
            {
                return columns;
            }

            stream.Position = at;
            rows = 0;
        }

        long expected = 1024;
        if (stream.CanSeek)
        {
            // About 420 bytes a row in typical files; a guess only sizes the first arrays.
            expected = Math.Clamp((stream.Length - stream.Position) / 400, 16, 4_000_000);
        }

        var reader = new Utf8ClaimsReader((int)expected, Math.Max(chunkBytes, 16));
        reader._fileBytes = stream.CanSeek ? stream.Length - stream.Position : 0;
        if (!reader.Run(stream, maxRecordBytes))
        {
            return null;
        }

        rows = reader._rows;
        return new ClaimColumns(reader._b);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Run(Stream stream, int maxRecordBytes)
    {
        // Half the limit: the reference reader may count the record differently (characters, buffer slack).
        int maxRecord = MaxRecord(maxRecordBytes);
        int len = Fill(stream, _buffer, 0);
        bool atEnd = len < _buffer.Length;
        int pos = HeaderStart(_buffer, len);
        return pos >= 0 && Loop(stream, maxRecord, pos, len, atEnd, header: true, out _);
    }

    private static int MaxRecord(int maxRecordBytes) => Math.Max(maxRecordBytes / 2, 1024);

    /// <summary>Where the header starts (after a UTF-8 byte order mark); -1 when the file is empty, UTF-16/32, or does not start with a header.</summary>
    private static int HeaderStart(byte[] buffer, int len)
    {
        int pos = 0;
        if (len >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
        {
            pos = 3;
        }

        if (len - pos < 4 || buffer[pos] is 0 or 0xFE or 0xFF || buffer[pos + 1] == 0 || buffer[pos] is (byte)'\n' or (byte)'\r')
        {
            return -1; // the reference reader reports it
        }

        return pos;
    }

    /// <summary>
    /// Reads records from <c>_buffer[pos..len]</c> (reading more from <paramref name="stream"/> when a record goes
    /// past <paramref name="len"/>, unless <paramref name="atEnd"/>). With <paramref name="header"/>, the first
    /// record is the header; with <paramref name="headerOnly"/> it stops after it and <paramref name="stoppedAt"/>
    /// says where the first data record starts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Loop(Stream? stream, int maxRecord, int pos, int len, bool atEnd, bool header, out int stoppedAt, bool headerOnly = false)
    {
        stoppedAt = -1;
        while (true)
        {
            if (pos == len && atEnd)
            {
                return true;
            }

            int recordStart = pos;

            var status = Read(_buffer.AsSpan(0, len), pos, atEnd, _fields.AsSpan(0, header ? _fields.Length : _columnsPresent), _scratch, out int count, out int next);
            if (status == RecordStatus.NeedMore)
            {
                if (atEnd || stream is null || len - recordStart > maxRecord)
                {
                    return false;
                }

                // Move the partial record to the front and read more (growing the buffer for a long record).
                int keep = len - recordStart;
                if (keep * 2 > _buffer.Length)
                {
                    var bigger = new byte[_buffer.Length * 2];
                    _buffer.AsSpan(recordStart, keep).CopyTo(bigger);
                    _buffer = bigger;
                    _scratch = new byte[bigger.Length];
                }
                else
                {
                    _buffer.AsSpan(recordStart, keep).CopyTo(_buffer);
                }

                int got = Fill(stream, _buffer, keep);
                atEnd = got < _buffer.Length;
                len = got;
                pos = 0;
                continue;
            }

            if (status == RecordStatus.Unsure)
            {
                return false;
            }

            pos = next;
            if (status == RecordStatus.Empty)
            {
                continue;
            }

            if (next - recordStart > maxRecord || !Utf8.IsValid(_buffer.AsSpan(recordStart, next - recordStart)))
            {
                return false;
            }

            if (header)
            {
                if (!ReadHeader(count))
                {
                    return false;
                }

                header = false;
                if (headerOnly)
                {
                    stoppedAt = pos;
                    return true;
                }

                continue;
            }

            _rows++;
            if (!ReadRow(count))
            {
                return false;
            }

            if (_rows == ReserveAfterRows && _fileBytes > 0)
            {
                // Size every column for the whole file from the first rows (2% spare).
                long consumed = _readBytes - (len - pos);
                _b.Reserve(1.02 * _fileBytes / Math.Max(consumed, 1));
            }
        }
    }

    private int Fill(Stream stream, byte[] buffer, int from)
    {
        int n = from;
        while (n < buffer.Length)
        {
            int got = stream.Read(buffer, n, buffer.Length - n);
            if (got == 0)
            {
                break;
            }

            n += got;
            _readBytes += got;
        }

        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<byte> Raw(int k, int count)
    {
        int i = _index[k];
        if (i < 0 || i >= count)
        {
            return default;
        }

        var f = _fields[i];
        return f.InScratch ? _scratch.AsSpan(f.Start, f.Length) : _buffer.AsSpan(f.Start, f.Length);
    }

    private bool ReadHeader(int count)
    {
        if (count > ClaimsCsv.MaxColumns || count > ColumnCount)
        {
            return false;
        }

        Array.Fill(_index, -1);
        for (int i = 0; i < count; i++)
        {
            var f = _fields[i];
            var name = Encoding.UTF8.GetString(f.InScratch ? _scratch.AsSpan(f.Start, f.Length) : _buffer.AsSpan(f.Start, f.Length));
            int k = ClaimsCsv.ColumnIndex(name);
            if (k < 0 || _index[k] >= 0)
            {
                return false;
            }

            _index[k] = i;
        }

        foreach (var r in ClaimsCsv.RequiredColumns)
        {
            if (_index[ClaimsCsv.ColumnIndex(r)] < 0)
            {
                return false;
            }
        }

        _columnsPresent = count;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadRow(int count)
    {
        var id = Raw(0, count);
        if (!IsValidId(id))
        {
            return false;
        }

        bool continues = _claimFirstRow >= 0 && id.SequenceEqual(_b.Id.Get(_claimFirstRow));
        if (continues)
        {
            return ContinueClaim(count);
        }

        int row = _b.Subject.Count;
        if (!_b.StartClaim(id))
        {
            return false; // a duplicate id
        }

        _claimFirstRow = row;
        KeepClaimRaw(count);
        if (_isPiece && row == 0)
        {
            KeepFirstClaimRaw();
        }
        return ReadClaimColumns(id, count) && ReadAppearance(count, row);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void KeepClaimRaw(int count)
    {
        int used = 0;
        for (int k = 0; k < ColumnCount; k++)
        {
            if (k >= ClaimColumnCount && k != ComparedWithColumn)
            {
                _claimRawEnd[k] = used;
                continue;
            }

            var raw = Raw(k, count);
            if (used + raw.Length > _claimRaw.Length)
            {
                Array.Resize(ref _claimRaw, Math.Max(_claimRaw.Length * 2, used + raw.Length));
            }

            raw.CopyTo(_claimRaw.AsSpan(used));
            used += raw.Length;
            _claimRawEnd[k] = used;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ContinueClaim(int count)
    {
        // Another appearance of the claim: its claim columns must be byte for byte those of the first row
        // (the reference reader compares them after removing a formula apostrophe; any difference is left to it).
        int from = 0;
        for (int k = 0; k < ColumnCount; k++)
        {
            int to = _claimRawEnd[k];
            if ((k < ClaimColumnCount || k == ComparedWithColumn) && !Raw(k, count).SequenceEqual(_claimRaw.AsSpan(from, to - from)))
            {
                return false;
            }

            from = to;
        }

        // The notes of a later row are checked, not kept: the claim's notes are its first row's.
        if (!TextOk(Raw(24, count), allowBreaks: true, out _))
        {
            return false;
        }

        int first = _claimFirstRow;
        int row = _b.Subject.Count;
        _b.Id.Add(_b.Id.Get(first));
        _b.Subject.Add(_b.Subject.Get(first));
        _b.Period.Add(_b.Period.CodeAt(first));
        _b.Claimant.Add(_b.Claimant.CodeAt(first));
        _b.Text.Add(_b.Text.Get(first));
        _b.Bound.Add(_b.Bound[first]);
        _b.Value.Add(_b.Value[first]);
        _b.ValueHigh.Add(_b.ValueHigh[first]);
        _b.Tolerance.Add(_b.Tolerance[first]);
        _b.Scale.Add(_b.Scale[first]);
        _b.Unit.Add(_b.Unit.CodeAt(first));
        _b.Topics.Add(_b.Topics.CodeAt(first));
        _b.Countries.Add(_b.Countries.CodeAt(first));
        _b.Notes.Add(_b.Notes.Get(first));
        _b.ComparedWith.Add(_b.ComparedWith.Get(first));
        return ReadAppearance(count, row, first);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadClaimColumns(ReadOnlySpan<byte> id, int count)
    {
        if (!TextOk(Raw(1, count), allowBreaks: false, out var subject) || subject.IsEmpty)
        {
            return false;
        }

        if (!TextOk(Raw(5, count), allowBreaks: false, out var text) || text.IsEmpty || IsBlank(text))
        {
            return false;
        }

        int period = PeriodCode(_claimPeriods, _b.Period, Raw(2, count), required: true);
        int claimant = ClaimantCode(Raw(3, count), Raw(4, count));
        int bound = BoundCode(Raw(6, count));
        int scale = ScaleCode(Raw(10, count));
        int unit = UnitCode(Raw(11, count));
        int topics = ListCode(_topics, _b.Topics, Raw(12, count), protectedText: true, countries: false);
        int countries = ListCode(_countries, _b.Countries, Raw(13, count), protectedText: false, countries: true);
        if ((period | claimant | bound | scale | unit | topics | countries) < 0)
        {
            return false;
        }

        if (!TryNumber(Raw(7, count), required: true, out var value) || !TryNumber(Raw(8, count), required: false, out var high) || !TryNumber(Raw(9, count), required: false, out var tolerance))
        {
            return false;
        }

        var boundKind = _bounds[bound];
        var scaleWord = _scales[scale];
        if (!FigureOk(boundKind, value!.Value, high, tolerance, scaleWord))
        {
            return false;
        }

        if (!TextOk(Raw(24, count), allowBreaks: true, out var notes) || !TextOk(Raw(ComparedWithColumn, count), allowBreaks: false, out var comparedWith))
        {
            return false;
        }

        _b.Id.Add(id);
        _b.Subject.Add(subject);
        _b.Period.Add(period);
        _b.Claimant.Add(claimant);
        _b.Text.Add(text);
        _b.Bound.Add(boundKind);
        _b.Value.Add(value.Value);
        _b.ValueHigh.Add(high);
        _b.Tolerance.Add(tolerance);
        _b.Scale.Add(scaleWord);
        _b.Unit.Add(unit);
        _b.Topics.Add(topics);
        _b.Countries.Add(countries);
        _b.Notes.Add(notes);
        _b.ComparedWith.Add(comparedWith);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadAppearance(int count, int row, int claimFirstRow = -1)
    {
        int first = claimFirstRow >= 0 ? claimFirstRow : row;
        if (!TextOk(Raw(14, count), allowBreaks: true, out var quote) || quote.IsEmpty || quote.IndexOf(_b.Text.Get(first)) < 0)
        {
            return false;
        }

        var kindRaw = Raw(15, count);
        QuoteKind kind;
        if (kindRaw.IsEmpty || kindRaw.SequenceEqual("verbatim"u8))
        {
            kind = QuoteKind.Verbatim;
        }
        else if (kindRaw.SequenceEqual("summary"u8))
        {
            kind = QuoteKind.Summary;
        }
        else if (kindRaw.SequenceEqual("derived"u8))
        {
            kind = QuoteKind.Derived;
        }
        else
        {
            return false;
        }

        int saidOn = PeriodCode(_saidOn, _b.SaidOn, Raw(16, count), required: false);
        int reportedBy = ListCode(_reportedBy, _b.ReportedBy, Raw(17, count), protectedText: true, countries: false);
        int source = SourceCode(count);
        if ((saidOn | reportedBy | source) < 0)
        {
            return false;
        }

        _b.Quote.Add(quote);
        _b.QuoteKind.Add(kind);
        _b.SaidOn.Add(saidOn);
        _b.ReportedBy.Add(reportedBy);
        _b.Source.Add(source);
        return true;
    }
}
