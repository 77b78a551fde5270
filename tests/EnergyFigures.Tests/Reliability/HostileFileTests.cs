using System.Text;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Tests.Support;
using EnergyFigures.Errors;
using EnergyFigures.Data;
using static EnergyFigures.Tests.Csv.CsvFixtures;

namespace EnergyFigures.Tests.Reliability;

/// <summary>Odd and hostile claims files, each with the outcome it must have.</summary>
public class HostileFileTests
{
    private static ValidationReport FromBytes(byte[] bytes) => ClaimsCsv.Validate(new MemoryStream(bytes), "hostile.csv");

    private static string Header => string.Join(',', ClaimsCsv.Columns);

    [Fact]
    public void An_empty_file_is_EF1001()
    {
        var report = FromBytes([]);
        Assert.Equal(ErrorCodes.EmptyFile, Assert.Single(report.Diagnostics).Code);
        Assert.Empty(report.Claims);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("\uFEFF")]
    public void A_file_of_blank_lines_or_only_a_BOM_is_EF1001(string text)
    {
        Assert.Equal(ErrorCodes.EmptyFile, Assert.Single(FromBytes(Encoding.UTF8.GetBytes(text)).Diagnostics).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_header_only_file_is_valid_and_has_no_claims(string end)
    {
        var report = FromBytes(Encoding.UTF8.GetBytes(Header + end));
        Assert.True(report.IsValid, string.Join("\n", report.Diagnostics));
        Assert.Empty(report.Claims);
        Assert.Equal(0, report.RowsRead);
    }

    [Fact]
    public void A_UTF8_BOM_reads_fine()
    {
        var shipped = File.ReadAllBytes(RepoPaths.Data("claims.csv"));
        var report = FromBytes([0xEF, 0xBB, 0xBF, .. shipped]);
        Assert.True(report.IsValid, string.Join("\n", report.Diagnostics));
        Assert.Equal(ClaimSet.Shipped.ToList(), report.Claims.ToList());
    }

    [Fact]
    public void A_UTF16_file_with_its_BOM_reads_fine()
    {
        var text = File.ReadAllText(RepoPaths.Data("claims.csv"));
        var report = FromBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        Assert.True(report.IsValid, string.Join("\n", report.Diagnostics));
        Assert.Equal(ClaimSet.Shipped.ToList(), report.Claims.ToList());
    }

    [Fact]
    public void CRLF_and_LF_mixed_read_as_the_same_claims_and_keep_line_numbers()
    {
        var rows = new[] { ValidRow("a"), ValidRow("b").With("value", "bad"), ValidRow("c") };
        var lf = BuildCsv(rows);
        var lines = lf.Split('\n');
        var mixed = string.Concat(lines.Select((l, i) => i == lines.Length - 1 ? l : l + (i % 2 == 0 ? "\r\n" : "\n")));
        Assert.Contains("\r\n", mixed);
        var a = ClaimsCsv.ValidateText(lf, "x.csv");
        var b = ClaimsCsv.ValidateText(mixed, "x.csv");
        Assert.Equal(a.Claims.ToList(), b.Claims.ToList());
        Assert.Equal(["a", "c"], b.Claims.Select(c => c.Id));
        Assert.Equal(3, Assert.Single(b.Diagnostics).Line);
    }

    [Fact]
    public void A_quote_never_closed_is_EF1005_and_the_rows_before_it_are_kept()
    {
        var csv = BuildCsv(ValidRow("a"), ValidRow("b")) + "c,\"never closed,2020\nmore,text\n";
        var report = ClaimsCsv.ValidateText(csv, "x.csv");
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(ErrorCodes.MalformedCsv, d.Code);
        Assert.Equal(4, d.Line);
        Assert.Contains("never closed", d.Message, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], report.Claims.Select(c => c.Id));
    }

    /// <summary>A stream of a header and then <paramref name="length"/> bytes of one byte, generated, never held in memory.</summary>
    private sealed class EndlessLine(byte[] prefix, long length, byte fill) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => prefix.Length + length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = 0;
            while (n < buffer.Length && _position < Length)
            {
                if (_position < prefix.Length)
                {
                    int k = (int)Math.Min(buffer.Length - n, prefix.Length - _position);
                    prefix.AsSpan((int)_position, k).CopyTo(buffer[n..]);
                    n += k;
                    _position += k;
                }
                else
                {
                    int k = (int)Math.Min(buffer.Length - n, Length - _position);
                    buffer.Slice(n, k).Fill(fill);
                    n += k;
                    _position += k;
                }
            }

            return n;
        }
    }

    [Theory]
    [InlineData("", (byte)'x')]
    [InlineData("gas-offer,\"", (byte)'x')]
    [InlineData("gas-offer,\"", (byte)'\n')]
    [InlineData("", (byte)',')]
    public void A_100MB_line_without_a_newline_is_EF1006_in_bounded_memory(string rowStart, byte fill)
    {
        const long size = 100L * 1024 * 1024;
        var stream = new EndlessLine(Encoding.UTF8.GetBytes(Header + "\n" + rowStart), size, fill);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var report = ClaimsCsv.Validate(stream, "huge.csv");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(ErrorCodes.RecordTooLarge, d.Code);
        Assert.Equal(2, d.Line);
        Assert.Contains("larger than the limit", d.Message, StringComparison.Ordinal);
        Assert.True(stream.Position < 8L * 1024 * 1024, $"read {stream.Position} bytes; reading should stop soon after the 1 MiB limit");
        Assert.True(allocated < 32L * 1024 * 1024, $"allocated {allocated} bytes for a 100 MB line");
    }

    [Fact]
    public void NUL_bytes_in_text_are_EF1030_and_in_numbers_EF1011()
    {
        var report = ClaimsCsv.ValidateText(BuildCsv(ValidRow("a").With("subject", "gas\0price"), ValidRow("b").With("value", "12\07")), "x.csv");
        Assert.Equal([ErrorCodes.ControlCharacter, ErrorCodes.BadNumber], report.Diagnostics.Select(d => d.Code));
        Assert.Empty(report.Claims);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("   ")]
    [InlineData("\u2028")]
    [InlineData("\u00A0")]
    public void A_blank_figure_text_is_EF1010_not_an_exception(string text)
    {
        // Was: Figure.Create threw EnergyFiguresException out of ClaimsCsv.Validate (found by the AFL csv target).
        var report = ClaimsCsv.ValidateText(BuildCsv(ValidRow().With("text", text)), "x.csv");
        Assert.Contains(report.Diagnostics, d => d.Code == ErrorCodes.MissingValue && d.Field == "text");
        Assert.Empty(report.Claims);
    }

    [Fact]
    public void A_file_of_NUL_bytes_is_reported_not_thrown()
    {
        var report = FromBytes(new byte[4096]);
        Assert.False(report.IsValid);
        Assert.Contains(report.Diagnostics, d => d.Code is ErrorCodes.UnknownColumn or ErrorCodes.MissingColumn);
        Assert.Empty(report.Claims);
    }

    [Fact]
    public void Invalid_UTF8_is_reported_not_thrown()
    {
        byte[] bad = [.. Encoding.UTF8.GetBytes(Header + "\n"), 0xC3, 0x28, 0xFF, 0xFE, (byte)'\n'];
        var report = FromBytes(bad);
        Assert.False(report.IsValid);
        Assert.Empty(report.Claims);
    }

    [Theory]
    [InlineData("\u202Eevil text\u202C")]              // right-to-left override
    [InlineData("مرحبا بالعالم, 127 دولار")]           // Arabic, with a comma
    [InlineData("שלום \"עולם\"")]                      // Hebrew, with quotes
    [InlineData("e\u0301 a\u0308\u0323 \u0915\u094D\u0937")] // combining marks (not NFC-normalized)
    [InlineData("👩‍👩‍👧 🇧🇾 🔥")]                      // emoji with ZWJ and flags
    [InlineData("\u200F\u200D\uFEFF zero-width")]      // invisible format characters
    public void Right_to_left_and_combining_text_is_kept_exactly_and_round_trips(string text)
    {
        var row = ValidRow().With("subject", text).With("claimant", text).With("quote", text + " They offered $127 per 1,000 cubic meters.").With("notes", text);
        var claim = Assert.Single(ClaimsCsv.ValidateText(BuildCsv(row), "x.csv").ThrowIfInvalid());
        Assert.Equal(text, claim.Subject);
        Assert.Equal(text, claim.Notes);
        Assert.StartsWith(text, claim.FirstAppearance.Quote, StringComparison.Ordinal);
        var back = Assert.Single(ClaimsCsv.ValidateText(ClaimsCsv.WriteToString([claim]), "y.csv").ThrowIfInvalid());
        Assert.Equal(claim, back);
        Assert.Equal(text, back.Subject);
        Assert.NotEqual(text.Normalize(NormalizationForm.FormC) == text ? "\0" : text.Normalize(NormalizationForm.FormC), back.Subject);
    }

    public static TheoryData<string, string?> Numbers => new()
    {
        // printed value → null when it must be EF1011, else the exact value read (ToString of the decimal)
        { "1e309", null },
        { "1e3", null },
        { "NaN", null },
        { "Infinity", null },
        { "-0", null },
        { "-0.0", null },
        { "1,5", null },
        { "1,000", null },
        { "1 000", null },
        { "1_000", null },
        { "0x10", null },
        { "5.", null },
        { " 5", null },
        { "5 ", null },
        { "٥", null },
        { "1.2345678901234567890123456789012", null },     // 32 significant digits: would round
        { "0.00000000000000000000000000001", null },         // 29 places after the point: would round to 0
        { "1.0000000000000000000000000000000", null },      // trailing zeros past 28 places: would be dropped
        { "123456789012345678901234567890", null },         // above decimal.MaxValue
        { "79228162514264337593543950336", null },          // decimal.MaxValue + 1
        { "79228162514264337593543950335", "79228162514264337593543950335" },
        { "-79228162514264337593543950335", "-79228162514264337593543950335" },
        { "0.0000000000000000000000000001", "0.0000000000000000000000000001" },
        { "1.234567890123456789012345678", "1.234567890123456789012345678" },
        { "1.50", "1.50" },
        { "+5", null },                                      // data/README.md: no sign on positive numbers (was accepted: issue 13 item 11)
        { "007", "7" },
        { ".5", null },                                      // a digit before the point (was accepted: issue 13 item 11)
        { "127.", null },
        { "0", "0" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Numbers_are_read_exactly_or_rejected_with_EF1011_never_rounded(string printed, string? expected)
    {
        var report = ClaimsCsv.ValidateText(BuildCsv(ValidRow().With("value", printed)), "x.csv");
        if (expected is null)
        {
            var d = Assert.Single(report.Diagnostics);
            Assert.Equal(ErrorCodes.BadNumber, d.Code);
            Assert.Equal("value", d.Field);
        }
        else
        {
            Assert.True(report.IsValid, string.Join("\n", report.Diagnostics));
            Assert.Equal(expected, report.Claims[0].Figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void A_long_decimal_is_rejected_with_a_message_that_names_the_rounding()
    {
        var d = Assert.Single(ClaimsCsv.ValidateText(BuildCsv(ValidRow().With("value", "1.2345678901234567890123456789012")), "x.csv").Diagnostics);
        Assert.Equal(ErrorCodes.BadNumber, d.Code);
        Assert.Contains("would be rounded to 1.2345678901234567890123456789", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1.00000000000000000000000000009, 2]")]
    [InlineData("[1, 2.12345678901234567890123456789]")]
    public void Interval_ends_with_too_many_digits_are_rejected_not_rounded(string text)
    {
        Assert.Equal(ErrorCodes.InvalidInterval, Assert.Throws<EnergyFiguresException>(() => Numerics.Interval.Parse(text)).Code);
    }

    [Fact]
    public void Unit_reference_quantities_with_too_many_digits_are_rejected_not_rounded()
    {
        Assert.Equal(ErrorCodes.MalformedUnit, Assert.Throws<EnergyFiguresException>(() => Units.Unit.Parse("USD/1.000000000000000000000000000001 m3")).Code);
        Assert.Equal("USD/1000 m3", Units.Unit.Parse("USD/1000 m3").Symbol);
    }
}
