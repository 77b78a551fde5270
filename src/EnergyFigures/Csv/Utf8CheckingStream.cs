using System.Buffers;
using System.Globalization;
using System.Text;
using EnergyFigures.Errors;

namespace EnergyFigures.Csv;

/// <summary>
/// A read-only stream that passes bytes through unchanged and checks, as they go by, that they are valid UTF-8
/// (unless the input starts with a UTF-16 or UTF-32 byte order mark, which the CSV reader decodes itself). The
/// first invalid byte ends reading with <see cref="TextEncodingException"/>, which names the line (counted by
/// line feeds) and the byte offset, instead of letting a decoder replace it with U+FFFD and change the text.
/// An input that starts like UTF-16 without a byte order mark (every other byte zero) is refused at once.
/// </summary>
internal sealed class Utf8CheckingStream : Stream
{
    private readonly Stream _inner;
    private readonly byte[] _carry = new byte[4];
    private int _carryCount;
    private long _offset; // bytes checked before _carry
    private long _lineFeeds;
    private long _lineStart; // file offset of the first byte of the current line
    private bool _started;
    private bool _check = true;

    public Utf8CheckingStream(Stream inner) => _inner = inner;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = _inner.Read(buffer);
        if (!_started)
        {
            // Read on until the first 4 bytes are known (or the end), to see a byte order mark whole.
            while (n < Math.Min(4, buffer.Length))
            {
                int more = _inner.Read(buffer[n..]);
                if (more == 0)
                {
                    break;
                }

                n += more;
            }

            _started = true;
            Start(buffer[..n]);
        }

        if (_check)
        {
            Check(buffer[..n], final: n == 0);
        }

        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Start(ReadOnlySpan<byte> first)
    {
        if (first.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || first.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || first.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            _check = false; // UTF-16 or UTF-32 with a byte order mark
            return;
        }

        if (LooksLikeUtf16(first))
        {
            throw new TextEncodingException(
                ErrorCodes.Utf16WithoutByteOrderMark,
                1,
                "The file looks like UTF-16 without a byte order mark (every other byte is zero); expected UTF-8. Save it as UTF-8 (or as UTF-16 with a byte order mark), e.g. with iconv -f UTF-16LE -t UTF-8.");
        }
    }

    /// <summary>Every other byte zero in the first bytes (ASCII text in UTF-16LE or BE); NUL bytes elsewhere are left to the field checks.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> b)
    {
        int n = Math.Min(b.Length, 64) & ~1;
        if (n < 4)
        {
            return false;
        }

        int evenZero = 0, oddZero = 0;
        for (int i = 0; i < n; i += 2)
        {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }

        int pairs = n / 2;
        return (oddZero * 4 >= pairs * 3 && evenZero == 0) || (evenZero * 4 >= pairs * 3 && oddZero == 0);
    }

    private void Check(ReadOnlySpan<byte> chunk, bool final)
    {
        // Prepend the bytes of a character cut by the previous chunk.
        if (_carryCount > 0)
        {
            int take = Math.Min(4 - _carryCount, chunk.Length);
            Span<byte> joined = stackalloc byte[8];
            _carry.AsSpan(0, _carryCount).CopyTo(joined);
            chunk[..take].CopyTo(joined[_carryCount..]);
            var status = Rune.DecodeFromUtf8(joined[..(_carryCount + take)], out _, out int used);
            if (status == OperationStatus.NeedMoreData && !final && take == chunk.Length)
            {
                chunk[..take].CopyTo(_carry.AsSpan(_carryCount));
                _carryCount += take;
                return;
            }

            if (status != OperationStatus.Done)
            {
                Fail(_offset, joined[0]);
            }

            int fromChunk = used - _carryCount;
            _offset += used;
            _carryCount = 0;
            chunk = chunk[fromChunk..];
        }

        int pos = 0;
        while (pos < chunk.Length)
        {
            var rest = chunk[pos..];
            int ascii = rest.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            int plain = ascii < 0 ? rest.Length : ascii;
            CountLines(rest[..plain], _offset + pos);
            pos += plain;
            if (ascii < 0)
            {
                break;
            }

            var status = Rune.DecodeFromUtf8(chunk[pos..], out _, out int used);
            if (status == OperationStatus.Done)
            {
                pos += used;
                continue;
            }

            if (status == OperationStatus.NeedMoreData && !final)
            {
                var tail = chunk[pos..];
                tail.CopyTo(_carry);
                _carryCount = tail.Length;
                _offset += pos;
                return;
            }

            Fail(_offset + pos, chunk[pos]);
        }

        _offset += chunk.Length;
    }

    private void CountLines(ReadOnlySpan<byte> plain, long at)
    {
        int last = plain.LastIndexOf((byte)'\n');
        if (last >= 0)
        {
            _lineFeeds += plain.Count((byte)'\n');
            _lineStart = at + last + 1;
        }
    }

    private void Fail(long offset, byte b)
    {
        long line = _lineFeeds + 1;
        throw new TextEncodingException(
            ErrorCodes.InvalidUtf8,
            line,
            string.Create(
                CultureInfo.InvariantCulture,
                $"The file is not valid UTF-8: byte 0x{b:X2} at line {line}, byte {offset - _lineStart + 1} of the line (byte offset {offset} in the file), does not begin or continue a character; expected UTF-8 text. Nothing was replaced: save the file as UTF-8 (e.g. with iconv -f WINDOWS-1252 -t UTF-8) and read it again."));
    }
}

/// <summary>The bytes of a claims file are not the text they must be (invalid UTF-8, UTF-16 without a byte order mark).</summary>
internal sealed class TextEncodingException : IOException
{
    public TextEncodingException(string code, long line, string message)
        : base(message)
    {
        Code = code;
        Line = line;
    }

    public TextEncodingException()
    {
        Code = ErrorCodes.InvalidUtf8;
    }

    public TextEncodingException(string message)
        : base(message)
    {
        Code = ErrorCodes.InvalidUtf8;
    }

    public TextEncodingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.InvalidUtf8;
    }

    public string Code { get; }

    public long Line { get; }
}
