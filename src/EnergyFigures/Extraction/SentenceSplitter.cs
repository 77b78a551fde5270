using System.Buffers;
using System.Collections.Frozen;

namespace EnergyFigures.Extraction;

/// <summary>
/// Splits text into sentences for figure extraction, over a paragraph model: a blank line, a table row, a list item or
/// a short heading line ends a paragraph, but the line breaks of hard-wrapped prose are read as spaces, so a sentence
/// runs across them (offsets stay those of the original text). Inside a paragraph a full stop, question or exclamation
/// mark followed by space and a capital, digit, quote or bracket ends a sentence, unless it ends a known abbreviation.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "U.S", "U.K", "U.N", "E.U", "No", "no", "p", "pp", "Mr", "Mrs", "Ms", "Dr", "St", "vs", "e.g", "i.e", "approx", "c", "ca",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Co", "Corp", "Inc", "Ltd", "Art", "Sec", "para",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The characters at which a sentence or paragraph may end.</summary>
    private static readonly SearchValues<char> BreakChars = SearchValues.Create("\n.?!");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Sentence boundaries as (start, end) UTF-16 offsets, end exclusive, covering every non-blank sentence.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(BreakChars);
            if (skip < 0)
                break;
            i += skip;
            var c = text[i];
            if (c == '\n')
            {
                if (IsSoftBreak(text, i))
                    continue;
                Add(result, text, start, i);
                start = i + 1;
            }
            else if ((c is '.' or '?' or '!') && IsBoundary(text, i))
            {
                Add(result, text, start, i + 1);
                start = i + 1;
            }
        }

        Add(result, text, start, text.Length);
        return result;
    }

    /// <summary>The length from which a line that ends without a full stop reads as a line of hard-wrapped prose.</summary>
    private const int WrappedLineLength = 40;

    /// <summary>
    /// Whether the line break at <paramref name="nl"/> is a soft one inside a paragraph of hard-wrapped prose: neither
    /// line is blank, a table row or a list item, and either the next line continues the sentence (it starts with a
    /// lower-case letter, a digit, a currency sign or a bracket) or the line before is long enough to be wrapped prose.
    /// </summary>
    internal static bool IsSoftBreak(string text, int nl)
    {
        var prevStart = text.LastIndexOf('\n', Math.Max(0, nl - 1)) + 1;
        if (nl == 0 || prevStart >= nl)
            return false;
        var nextEnd = text.IndexOf('\n', nl + 1);
        if (nextEnd < 0)
            nextEnd = text.Length;
        var prev = text.AsSpan(prevStart, nl - prevStart).Trim();
        var next = text.AsSpan(nl + 1, nextEnd - nl - 1);
        if (prev.IsEmpty || next.IsWhiteSpace())
            return false;
        next = next.TrimStart();
        if (IsListOrTable(prev) || IsListOrTable(next) || IsListItem(next))
            return false;
        var last = prev[^1];
        var first = next[0];
        if (char.IsLower(first) || char.IsDigit(first) || first is '$' or '€' or '£' or '₽' or '(' or '%')
            return true;
        if (last is ':' or ';')
            return false;
        return prev.Length >= WrappedLineLength && !IsAllCaps(prev);
    }

    private static bool IsListOrTable(ReadOnlySpan<char> line) =>
        line.Contains('|') || line.Contains('\t') || line.Contains("   ", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal);

    private static bool IsListItem(ReadOnlySpan<char> line)
    {
        if (line.Length >= 2 && line[0] is '*' or '-' or '•' or '·' or '>' or '–' && line[1] == ' ')
            return true;
        var k = 0;
        while (k < line.Length && k < 3 && char.IsDigit(line[k]))
            k++;
        return k > 0 && k + 1 < line.Length && line[k] is '.' or ')' && line[k + 1] == ' ';
    }

    private static bool IsAllCaps(ReadOnlySpan<char> line)
    {
        var letters = 0;
        foreach (var ch in line)
        {
            if (char.IsLower(ch))
                return false;
            if (char.IsLetter(ch))
                letters++;
        }

        return letters > 0;
    }

    private static bool IsBoundary(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && (text[j] is '"' or '\'' or '’' or '”' or ')' or ']'))
            j++;
        if (j >= text.Length)
            return true;
        if (text[j] is not (' ' or '\t' or '\n' or '\u00A0'))
            return false;
        while (j < text.Length && text[j] is ' ' or '\t' or '\u00A0')
            j++;
        if (j < text.Length && text[j] == '\n' && IsSoftBreak(text, j))
        {
            j++;
            while (j < text.Length && text[j] is ' ' or '\t' or '\u00A0')
                j++;
        }

        if (j >= text.Length || text[j] == '\n')
            return true;
        var next = text[j];
        if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '‘' or '\'' or '(' or '[' or '$' or '€' or '£'))
            return false;
        if (text[i] != '.')
            return true;

        // The word before the full stop: an abbreviation or a single capital (initials) does not end a sentence.
        var k = i;
        while (k > 0 && (char.IsLetter(text[k - 1]) || text[k - 1] == '.'))
            k--;
        var word = text.AsSpan(k, i - k);
        if (word.Length == 1 && char.IsUpper(word[0]))
            return false;
        return !AbbreviationLookup.Contains(word);
    }

    private static void Add(List<(int, int)> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            result.Add((start, end));
    }
}
