using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Tests.Support;
using EnergyFigures.Data;
using static EnergyFigures.Tests.Csv.CsvFixtures;

namespace EnergyFigures.Tests.Csv;

public class RoundTripTests
{
    [Fact]
    public void Shipped_claims_round_trip_losslessly()
    {
        var original = ClaimSet.Shipped;
        var text = ClaimsCsv.WriteToString(original);
        var back = Validate(text);
        Assert.True(back.IsValid, string.Join("\n", back.Diagnostics));
        Assert.Equal(original.Count, back.Claims.Count);
        for (int i = 0; i < original.Count; i++)
        {
            Assert.Equal(original[i], back.Claims[i]);
        }

        // And writing again gives the same bytes.
        Assert.Equal(text, ClaimsCsv.WriteToString(back.Claims));
    }

    [Fact]
    public void Shipped_file_is_written_back_byte_for_byte()
    {
        var onDisk = File.ReadAllText(RepoPaths.Data("claims.csv"));
        Assert.Equal(onDisk, ClaimsCsv.WriteToString(ClaimSet.Shipped));
    }

    [Theory]
    [InlineData("1.50")]
    [InlineData("0.000000000000000000000000001")]
    [InlineData("-12.5")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("127.000")]
    public void Values_keep_their_printed_digits(string printed)
    {
        var row = ValidRow().With("value", printed);
        var claim = Validate(BuildCsv(row)).ThrowIfInvalid()[0];
        var text = ClaimsCsv.WriteToString([claim]);
        Assert.Contains("," + printed + ",", text);
        Assert.Equal(claim, Validate(text).ThrowIfInvalid()[0]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1 and more")]
    [InlineData("-5% growth")]
    [InlineData("@SUM(A1)")]
    [InlineData("'=already quoted")]
    [InlineData("''")]
    [InlineData("'Tis the season")]
    public void Formula_like_text_is_neutralized_when_written_and_restored_when_read(string subject)
    {
        var claim = Validate(BuildCsv(ValidRow())).ThrowIfInvalid()[0] with { Subject = subject };
        var text = ClaimsCsv.WriteToString([claim]);
        var line = text.Split('\n')[1];
        Assert.DoesNotMatch("^[^,]*,\"?[=+\\-@]", line);
        Assert.Equal(subject, Validate(text).ThrowIfInvalid()[0].Subject);
    }
}
