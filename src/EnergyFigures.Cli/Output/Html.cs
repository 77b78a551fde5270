using System.Text;

namespace EnergyFigures.Cli.Output;

/// <summary>HTML escaping for text and attribute values (in double quotes).</summary>
internal static class Html
{
    /// <summary>Escapes &amp;, &lt;, &gt;, &quot; and &#39;; every text from data goes through here.</summary>
    public static string Esc(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default:
                    if (char.IsControl(ch) && ch is not '\n' and not '\t' and not '\r')
                    {
                        sb.Append('\uFFFD');
                    }
                    else
                    {
                        sb.Append(ch);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>An href for a URL: only absolute http(s) URLs are linked; anything else gives null.</summary>
    public static string? Href(Uri? url) =>
        url is not null && url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? Esc(url.AbsoluteUri) : null;

    private static readonly System.Text.RegularExpressions.Regex UrlPattern = new(@"https?://[^\s<>""']+", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Text from data, escaped, with every absolute http(s) URL in it made a link (the link's text is the URL;
    /// a trailing full stop, comma or closing bracket is left outside). Anything that is not an absolute
    /// http(s) URL stays plain escaped text.
    /// </summary>
    public static string Linked(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 64);
        int at = 0;
        foreach (System.Text.RegularExpressions.Match m in UrlPattern.Matches(text))
        {
            var url = m.Value.TrimEnd('.', ',', ';', ':', ')', ']');
            var href = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Href(uri) : null;
            if (href is null)
            {
                continue;
            }

            sb.Append(Esc(text[at..m.Index]));
            sb.Append("<a href=\"").Append(href).Append("\" rel=\"noopener noreferrer\">").Append(Esc(url)).Append("</a>");
            at = m.Index + url.Length;
        }

        sb.Append(Esc(text[at..]));
        return sb.ToString();
    }
}
