using EnergyFigures.Checks;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Checks;

public class DocsTests
{
    [Fact]
    public void The_article_checks_table_in_docs_checks_md_is_the_codes_output()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "checks.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        const string Begin = "<!-- article-checks:begin -->\n";
        const string End = "<!-- article-checks:end -->";
        int b = doc.IndexOf(Begin, StringComparison.Ordinal);
        int e = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(b >= 0 && e > b, "docs/checks.md lacks the article-checks markers");

        // To regenerate after changing the checks: EF_WRITE_CHECKS_DOC=1 dotnet test --filter DocsTests
        if (Environment.GetEnvironmentVariable("EF_WRITE_CHECKS_DOC") == "1")
        {
            File.WriteAllText(Path.Combine(RepoPaths.Root, "docs", "checks.md"), doc[..(b + Begin.Length)] + ArticleChecks.ToMarkdown() + doc[e..]);
            return;
        }

        Assert.Equal(ArticleChecks.ToMarkdown(), doc[(b + Begin.Length)..e]);
    }
}
