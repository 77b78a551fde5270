using System.Text;
using System.Text.RegularExpressions;

namespace EnergyFigures.Tests.Support;

/// <summary>
/// The seed article as plain text: read from ../shared/seed/article.md (never copied into the repository),
/// with Markdown backslash escapes removed (<c>\$127</c> reads as <c>$127</c>).
/// </summary>
public static partial class Article
{
    private static readonly Lazy<string?> TextLazy = new(() =>
    {
        var path = RepoPaths.ArticlePath;
        if (!File.Exists(path))
        {
            return null;
        }

        var md = File.ReadAllText(path, Encoding.UTF8);
        return Unescape().Replace(md, "$1");
    });

    public static string? TextOrNull => TextLazy.Value;

    /// <summary>The article text; fails plainly (never passes) when the file is absent.</summary>
    public static string Text => TextLazy.Value
        ?? throw new Xunit.Sdk.XunitException($"The seed article is absent: expected it at {RepoPaths.ArticlePath} (../shared/seed/article.md beside the clone). This test cannot check quotes without it.");

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Unescape();
}
