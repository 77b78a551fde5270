using System.Globalization;
using System.Text;
using CsvHelper;
using EnergyFigures.Csv;
using EnergyFigures.Errors;

namespace EnergyFigures.Extraction;

/// <summary>
/// Writes <see cref="DraftClaim"/>s as a claims CSV in the schema of <c>data/README.md</c> (the columns and
/// spreadsheet-formula protection of <see cref="ClaimsCsv"/>), ready for a person to review. What the
/// extractor knows is filled in: a draft id, the figure (<c>text</c>, <c>bound</c>, <c>value</c>,
/// <c>value_high</c>, <c>tolerance</c>, <c>scale</c>, <c>unit</c>), the sentence as the verbatim
/// <c>quote</c>, and a note saying where the draft comes from and whether its unit was inferred. What only
/// a person can say is left <b>empty</b>: <c>subject</c>, <c>period</c>, <c>claimant</c> and the source
/// (<c>source_title</c>, <c>source_outlet</c>, <c>source_date</c>), so that <see cref="ClaimsCsv.Validate(string)"/>
/// reports exactly those fields (<see cref="ReviewerFields"/>) on every row and nothing else, until they are filled in.
/// </summary>
public static class DraftClaimsCsv
{
    /// <summary>
    /// The required columns a draft row leaves empty, in the order the validator reports them: a reviewer
    /// fills these in (the claimant's code is <see cref="ErrorCodes.MissingClaimant"/>, the others
    /// <see cref="ErrorCodes.MissingValue"/>).
    /// </summary>
    public static IReadOnlyList<string> ReviewerFields { get; } =
        ["subject", "claimant", "period", "source_title", "source_outlet", "source_date"];

    /// <summary>The longest part of an id taken from the origin's name.</summary>
    private const int MaxSlugLength = 60;

    /// <summary>
    /// The ids of <paramref name="count"/> drafts from <paramref name="origin"/>: <c>draft-</c>, the origin's
    /// name in lower case with other characters as <c>-</c>, and a number padded to at least three digits
    /// (<c>draft-article-001</c>). Valid claim ids that a reviewer may replace with meaningful ones.
    /// </summary>
    /// <param name="origin">The name of the text the drafts come from (e.g. its file name without extension), or null.</param>
    /// <param name="count">How many ids.</param>
    /// <returns>The ids, in order.</returns>
    public static IReadOnlyList<string> Ids(string? origin, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var slug = Slug(origin);
        var prefix = slug.Length == 0 ? "draft-" : "draft-" + slug + "-";
        int width = Math.Max(3, count.ToString(CultureInfo.InvariantCulture).Length);
        return new IdList(prefix, width, count);
    }

    /// <summary>
    /// Writes the drafts as a claims CSV (UTF-8 without BOM, LF line endings, the header of
    /// <see cref="ClaimsCsv.Columns"/>), one row per draft, with the ids of <see cref="Ids"/>.
    /// Line breaks and other control characters in the printed text and the quote become single spaces
    /// (the text column is one line; the quote still contains the text).
    /// </summary>
    /// <param name="drafts">The drafts.</param>
    /// <param name="stream">The output (left open).</param>
    /// <param name="origin">The name of the text the drafts come from (used in ids and notes), or null.</param>
    public static void Write(IEnumerable<DraftClaim> drafts, Stream stream, string? origin = null)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(stream);
        var list = drafts.ToList();
        Write(list, list.Count, stream, origin);
    }

    /// <summary>
    /// Writes drafts as they come, without holding them (the CLI's <c>extract</c> streams a large text this way):
    /// <paramref name="count"/> is the number of drafts, known beforehand, which sets the width of the ids.
    /// </summary>
    /// <param name="drafts">The drafts, exactly <paramref name="count"/> of them.</param>
    /// <param name="count">How many drafts there are.</param>
    /// <param name="stream">The output (left open).</param>
    /// <param name="origin">The name of the text the drafts come from, or null.</param>
    internal static void Write(IEnumerable<DraftClaim> drafts, int count, Stream stream, string? origin)
    {
        var ids = Ids(origin, count);
        var options = new CsvWriterOptions { Separator = ',', NewLine = "\n", Quoting = CsvQuoting.WhenNeeded };
        using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        csv.WriteHeader(ClaimsCsv.Columns.ToArray());
        var row = new string[ClaimsCsv.Columns.Count];
        int i = 0;
        foreach (var draft in drafts)
        {
            if (i >= count)
            {
                throw new InvalidOperationException("More drafts than counted.");
            }

            FillRow(row, ids[i++], draft, origin);
            for (int k = 0; k < row.Length; k++)
            {
                csv.WriteField(ClaimsCsv.Cell(k, row[k]));
            }

            csv.EndRecord();
            if ((i & 1023) == 0)
            {
                csv.Flush(); // the writer buffers rows until flushed: keep its buffer small
            }
        }

        csv.Flush();
    }

    /// <summary>Writes the drafts to a string (see <see cref="Write(IEnumerable{DraftClaim}, Stream, string?)"/>).</summary>
    /// <param name="drafts">The drafts.</param>
    /// <param name="origin">The name of the text the drafts come from, or null.</param>
    /// <returns>The CSV text.</returns>
    public static string WriteToString(IEnumerable<DraftClaim> drafts, string? origin = null)
    {
        using var ms = new MemoryStream();
        Write(drafts, ms, origin);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>The note of a draft row: where it comes from and, when the unit was inferred, that it needs confirming.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="origin">The name of the text, or null.</param>
    /// <returns>The note.</returns>
    public static string Note(DraftClaim draft, string? origin)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var from = string.IsNullOrWhiteSpace(origin) ? string.Empty : " from " + OneLine(origin);
        var note = $"Draft{from} by energy-figures extract: fill in subject, period, claimant and source, and check the figure against the quote.";
        return draft.UnitInferred
            ? note + " The unit (or scale) is partly inferred from the context, not printed with the number: confirm it."
            : note;
    }

    private static void FillRow(string[] row, string id, DraftClaim d, string? origin)
    {
        var inv = CultureInfo.InvariantCulture;
        var f = d.Figure;
        Array.Fill(row, string.Empty);
        row[0] = id;
        row[5] = OneLine(f.Text);
        row[6] = f.Bound.ToName();
        row[7] = f.Value.ToString(inv);
        row[8] = f.ValueHigh?.ToString(inv) ?? string.Empty;
        row[9] = f.Tolerance?.ToString(inv) ?? string.Empty;
        row[10] = f.Scale.ToName();
        row[11] = f.Unit.Symbol;
        row[14] = OneLine(d.Quote);
        row[24] = Note(d, origin);
    }

    /// <summary>Replaces each run of white space and control characters that holds a control character (a line break, a tab, NUL) with one space.</summary>
    internal static string OneLine(string s)
    {
        bool any = false;
        foreach (var c in s)
        {
            if (char.IsControl(c))
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        int i = 0;
        while (i < s.Length)
        {
            if (!char.IsWhiteSpace(s[i]) && !char.IsControl(s[i]))
            {
                sb.Append(s[i++]);
                continue;
            }

            int start = i;
            bool control = false;
            while (i < s.Length && (char.IsWhiteSpace(s[i]) || char.IsControl(s[i])))
            {
                control |= char.IsControl(s[i]);
                i++;
            }

            if (control)
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(s, start, i - start);
            }
        }

        return sb.ToString();
    }

    private static string Slug(string? origin)
    {
        if (origin is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder(Math.Min(origin.Length, MaxSlugLength));
        foreach (var c in origin)
        {
            if (sb.Length >= MaxSlugLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}

/// <summary>The ids of <see cref="DraftClaimsCsv.Ids"/>, made when asked for (a text with a million figures needs no million strings at once).</summary>
internal sealed class IdList(string prefix, int width, int count) : IReadOnlyList<string>
{
    public int Count => count;

    public string this[int index] =>
        (uint)index < (uint)count
            ? prefix + (index + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')
            : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<string> GetEnumerator()
    {
        for (int i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
