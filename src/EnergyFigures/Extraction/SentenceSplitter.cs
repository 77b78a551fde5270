using System.Collections.Frozen;

namespace EnergyFigures.Extraction;

/// <summary>Splits text into sentences for figure extraction: a line break always ends one; so does a full stop, question or exclamation mark followed by space and a capital, digit, quote or bracket, unless it ends a known abbreviation.</summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "U.S", "U.K", "U.N", "E.U", "No", "no", "p", "pp", "Mr", "Mrs", "Ms", "Dr", "St", "vs", "e.g", "i.e", "approx", "c", "ca",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Co", "Corp", "Inc", "Ltd", "Art", "Sec", "para",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Sentence boundaries as (start, end) UTF-16 offsets, end exclusive, covering every non-blank sentence.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
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
        var word = text[k..i];
        if (word.Length == 1 && char.IsUpper(word[0]))
            return false;
        return !Abbreviations.Contains(word);
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
