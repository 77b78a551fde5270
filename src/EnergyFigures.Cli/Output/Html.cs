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
}
