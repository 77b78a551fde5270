using System.Runtime.CompilerServices;

namespace EnergyFigures.Csv;

/// <summary>
/// An RFC 4180 tokeniser over UTF-8 bytes for the fast claims reader: fields separated by ',', records by LF or
/// CRLF, quoted fields with doubled quotes inside and line breaks kept. It only accepts what it is sure of:
/// a lone CR, a quote inside an unquoted field or text after a closing quote make it give up
/// (<see cref="RecordStatus.Unsure"/>), and the caller then reads the file with the reference reader, which
/// reports the problem exactly.
/// </summary>
internal static class Utf8CsvRecords
{
    private static readonly System.Buffers.SearchValues<byte> FieldEnds = System.Buffers.SearchValues.Create(",\n\"\r"u8);

    /// <summary>One field of a record: where its bytes are (in the input, or unescaped into the scratch buffer).</summary>
    internal struct Field
    {
        public int Start;
        public int Length;
        public bool InScratch;
    }

    internal enum RecordStatus
    {
        /// <summary>A whole record was read.</summary>
        Complete,

        /// <summary>The input ends inside the record: read more (or, at the end of the file, this is an error).</summary>
        NeedMore,

        /// <summary>An empty line: skipped (as the reference reader does).</summary>
        Empty,

        /// <summary>Not certainly well-formed, or more fields than expected: the reference reader must decide.</summary>
        Unsure,
    }

    /// <summary>
    /// Reads one record from <paramref name="data"/> starting at <paramref name="start"/>. Escaped quoted fields are
    /// unescaped into <paramref name="scratch"/> (which must be at least as long as the record).
    /// </summary>
    /// <param name="data">The input.</param>
    /// <param name="start">Where the record starts.</param>
    /// <param name="atEnd">Whether the input ends at <c>data.Length</c> (the end of the file).</param>
    /// <param name="fields">Receives the fields.</param>
    /// <param name="scratch">Where escaped fields are unescaped.</param>
    /// <param name="fieldCount">The number of fields.</param>
    /// <param name="next">Where the next record starts.</param>
    /// <returns>The status.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RecordStatus Read(ReadOnlySpan<byte> data, int start, bool atEnd, Span<Field> fields, Span<byte> scratch, out int fieldCount, out int next)
    {
        fieldCount = 0;
        next = start;
        int pos = start;
        int scratchUsed = 0;
        if (pos < data.Length && (data[pos] == (byte)'\n' || (data[pos] == (byte)'\r' && pos + 1 < data.Length && data[pos + 1] == (byte)'\n')))
        {
            next = pos + (data[pos] == (byte)'\n' ? 1 : 2);
            return RecordStatus.Empty;
        }

        while (true)
        {
            if (fieldCount == fields.Length)
            {
                return RecordStatus.Unsure;
            }

            ref var field = ref fields[fieldCount++];
            if (pos < data.Length && data[pos] == (byte)'"')
            {
                // A quoted field: up to the closing quote; "" stands for one quote.
                int contentStart = pos + 1;
                int p = contentStart;
                bool escaped = false;
                while (true)
                {
                    int q = data[p..].IndexOf((byte)'"');
                    if (q < 0)
                    {
                        return atEnd ? RecordStatus.Unsure : RecordStatus.NeedMore;
                    }

                    p += q + 1;
                    if (p < data.Length && data[p] == (byte)'"')
                    {
                        escaped = true;
                        p++;
                        continue;
                    }

                    if (p == data.Length && !atEnd)
                    {
                        return RecordStatus.NeedMore; // the next byte may be a second quote
                    }

                    break;
                }

                int contentEnd = p - 1;
                if (escaped)
                {
                    if (scratch.Length - scratchUsed < contentEnd - contentStart)
                    {
                        return RecordStatus.Unsure;
                    }

                    field.Start = scratchUsed;
                    field.InScratch = true;
                    var src = data[contentStart..contentEnd];
                    int w = scratchUsed;
                    for (int i = 0; i < src.Length; i++)
                    {
                        scratch[w++] = src[i];
                        if (src[i] == (byte)'"')
                        {
                            i++; // the second quote of a pair
                        }
                    }

                    field.Length = w - scratchUsed;
                    scratchUsed = w;
                }
                else
                {
                    field.Start = contentStart;
                    field.Length = contentEnd - contentStart;
                    field.InScratch = false;
                }

                pos = p;
            }
            else
            {
                int e = data[pos..].IndexOfAny(FieldEnds);
                if (e < 0)
                {
                    if (!atEnd)
                    {
                        return RecordStatus.NeedMore;
                    }

                    e = data.Length - pos;
                }

                field.Start = pos;
                field.Length = e;
                field.InScratch = false;
                pos += e;
                if (pos < data.Length && data[pos] == (byte)'"')
                {
                    return RecordStatus.Unsure; // a quote inside an unquoted field
                }
            }

            // After a field: ',', a line end, or the end of the file.
            if (pos == data.Length)
            {
                if (!atEnd)
                {
                    return RecordStatus.NeedMore;
                }

                next = pos;
                return RecordStatus.Complete;
            }

            byte b = data[pos];
            if (b == (byte)',')
            {
                pos++;
                continue;
            }

            if (b == (byte)'\n')
            {
                next = pos + 1;
                return RecordStatus.Complete;
            }

            if (b == (byte)'\r')
            {
                if (pos + 1 == data.Length)
                {
                    return atEnd ? RecordStatus.Unsure : RecordStatus.NeedMore;
                }

                if (data[pos + 1] == (byte)'\n')
                {
                    next = pos + 2;
                    return RecordStatus.Complete;
                }
            }

            return RecordStatus.Unsure; // text after a closing quote, or a lone CR
        }
    }
}
