using System.Globalization;
using System.Text;

namespace EnergyFigures.TextHandling;

/// <summary>
/// Makes text from data safe to show inside a message on a terminal, in a log or in JSON: every control
/// character (C0, DEL, C1), every bidirectional control (LRM, RLM, ALM, the embeddings, overrides and isolates),
/// the line and paragraph separators and every lone surrogate is written as an escape (<c>\n</c>, <c>\x1b</c>,
/// <c>\u202e</c>), so a crafted value can neither forge a line, nor move the cursor, retitle the terminal, nor
/// reorder what follows it. Messages are also bounded in length.
/// </summary>
internal static class MessageText
{
    /// <summary>The longest message kept whole; longer ones lose their middle (see <see cref="Escape"/>).</summary>
    public const int MaxMessageLength = 4000;

    /// <summary>The longest value quoted in a message by <see cref="Clip"/>.</summary>
    public const int MaxValueLength = 60;

    /// <summary>True when <paramref name="c"/> must not reach a terminal as is.</summary>
    public static bool MustEscape(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F')
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>The text with every character of <see cref="MustEscape"/> (and every lone surrogate) escaped, and at most <see cref="MaxMessageLength"/> characters long.</summary>
    /// <param name="text">A message, or a value to quote.</param>
    /// <returns>The escaped text (the same instance when nothing needed escaping).</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (MustEscape(c) || (char.IsSurrogate(c) && !IsPairAt(text, i)))
            {
                first = i;
                break;
            }

            if (char.IsHighSurrogate(c))
            {
                i++;
            }
        }

        var result = text;
        if (first >= 0)
        {
            var sb = new StringBuilder(text.Length + 16);
            sb.Append(text, 0, first);
            for (int i = first; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && IsPairAt(text, i))
                {
                    sb.Append(c).Append(text[i + 1]);
                    i++;
                }
                else if (char.IsSurrogate(c) || MustEscape(c))
                {
                    AppendEscape(sb, c);
                }
                else
                {
                    sb.Append(c);
                }
            }

            result = sb.ToString();
        }

        return Bound(result, MaxMessageLength);
    }

    /// <summary>A value to quote in a message: escaped, and cut to <paramref name="max"/> characters with "...".</summary>
    /// <param name="value">The value from data.</param>
    /// <param name="max">The most characters kept.</param>
    /// <returns>The value to quote.</returns>
    public static string Clip(string value, int max = MaxValueLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        var s = value.Length <= max ? value : value[..CutAt(value, max - 3)] + "...";
        return Escape(s);
    }

    private static string Bound(string s, int max)
    {
        if (s.Length <= max)
        {
            return s;
        }

        int head = CutAt(s, (max * 3 / 4) - 40);
        int tailStart = s.Length - (max / 4) + 40;
        if (tailStart < s.Length && char.IsLowSurrogate(s[tailStart]))
        {
            tailStart++;
        }

        return string.Concat(
            s.AsSpan(0, head),
            string.Create(CultureInfo.InvariantCulture, $" …({tailStart - head} characters left out)… "),
            s.AsSpan(tailStart));
    }

    /// <summary>A cut position at or before <paramref name="n"/> that does not split a surrogate pair.</summary>
    private static int CutAt(string s, int n) => n > 0 && n < s.Length && char.IsLowSurrogate(s[n]) ? n - 1 : Math.Max(0, n);

    private static bool IsPairAt(string s, int i) => char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);

    private static void AppendEscape(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '\n':
                sb.Append("\\n");
                break;
            case '\r':
                sb.Append("\\r");
                break;
            case '\t':
                sb.Append("\\t");
                break;
            case '\0':
                sb.Append("\\0");
                break;
            default:
                sb.Append(c <= '\u00FF'
                    ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}")
                    : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"));
                break;
        }
    }
}
