using EnergyFigures.Checks;

namespace EnergyFigures.Tests.Model;

/// <summary>The one full form of a citation, and the one name of a verdict, that every renderer prints.</summary>
public class CitationFormatTests
{
    [Fact]
    public void Full_form_adds_the_url_and_the_licence_when_known()
    {
        var c = new Citation("World Bank", "Commodity Price Data (The Pink Sheet)", new Uri("https://www.worldbank.org/en/research/commodity-markets"), "CC BY 4.0");
        Assert.Equal("World Bank, Commodity Price Data (The Pink Sheet)", c.ToString());
        Assert.Equal(c.ToString(), c.ToString("G", null));
        Assert.Equal("World Bank, Commodity Price Data (The Pink Sheet), https://www.worldbank.org/en/research/commodity-markets (CC BY 4.0)", c.ToString("F", null));
        Assert.Equal("BP, Statistical Review", new Citation("BP", "Statistical Review").ToString("F", null));
        Assert.Throws<FormatException>(() => c.ToString("X", null));
    }

    [Theory]
    [InlineData(Verdict.Consistent, "consistent")]
    [InlineData(Verdict.Inconsistent, "inconsistent")]
    [InlineData(Verdict.Indeterminate, "indeterminate")]
    public void Verdicts_have_one_name(Verdict verdict, string name) => Assert.Equal(name, verdict.ToName());
}
