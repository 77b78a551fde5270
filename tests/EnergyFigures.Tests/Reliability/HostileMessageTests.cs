using System.Text;
using System.Text.Json;
using EnergyFigures.Cli;
using EnergyFigures.Csv;
using EnergyFigures.Numerics;
using EnergyFigures.Tests.Cli;
using CliRun = EnergyFigures.Tests.Cli.Cli;
using EnergyFigures.Units;
using EnergyFigures.Errors;
using static EnergyFigures.Tests.Csv.CsvFixtures;

namespace EnergyFigures.Tests.Reliability;

/// <summary>Issue 13, items 2–4, 7, 10–12: hostile bytes never reach a terminal, bytes are never silently changed, output is bounded.</summary>
public class HostileMessageTests
{
    /// <summary>Payloads that forge a line, retitle the terminal, erase a line, or reorder text.</summary>
    public static TheoryData<string> Payloads => new()
    {
        "x\nclaims.csv: 0 claim(s), no problems.",
        "x\r\u001b[2Kclaims.csv: no problems",
        "\u001b]0;pwned\u0007",
        "abc\u202Efdp.exe",
        "\u2066x\u2069\u200F",
        "\u0085next\u2028line\u2029",
        "\u009b31m",
    };

    private static void AssertSafe(string text)
    {
        foreach (var c in text)
        {
            Assert.False(
                (c < ' ' && c != '\n') || (c >= '\u007F' && c <= '\u009F') || c is '\u202E' or '\u202D' or '\u2066' or '\u2069' or '\u200F' or '\u2028' or '\u2029',
                $"U+{(int)c:X4} reached the output: {text}");
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Validate_escapes_every_quoted_value_in_text_and_json(string payload)
    {
        using var dir = new TempDir();
        var path = dir.Write("claims.csv", BuildCsv(
            ValidRow("a").With("period", payload),
            ValidRow("b").With("bound", payload),
            ValidRow("c").With("unit", payload),
            ValidRow("d").With("value", payload),
            ValidRow("e").With("source_date", payload),
            ValidRow("f").With("countries", payload)));

        var text = CliRun.Run("validate", path);
        Assert.Equal(ExitCodes.InvalidData, text.ExitCode);
        AssertSafe(text.Out);
        AssertSafe(text.Err);
        var lines = text.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines.SkipLast(1), l => Assert.StartsWith("claims.csv:", l, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("claims.csv: 0 claim(s)", StringComparison.Ordinal));

        var json = CliRun.Run("validate", path, "--format", "json");
        using var doc = json.Json();
        foreach (var p in doc.RootElement.GetProperty("problems").EnumerateArray())
        {
            AssertSafe(p.GetProperty("message").GetString()!);
        }

        var data = CliRun.Run("--data", path, "list");
        Assert.Equal(ExitCodes.InvalidData, data.ExitCode);
        AssertSafe(data.Err);
        Assert.Single(data.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Escapes_are_readable_and_name_the_character()
    {
        var d = ClaimsCsv.ValidateText(BuildCsv(ValidRow().With("period", "2020\u001b[31m\n\u202E")), "x.csv").Diagnostics.Single();
        Assert.Contains(@"'2020\x1b[31m\n\u202e'", d.Message, StringComparison.Ordinal);
        var e = Assert.Throws<EnergyFiguresException>(() => Unit.Parse("US\u001b]0;x\u0007D"));
        Assert.Contains(@"\x1b]0;x\x07", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_with_control_characters_is_escaped()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // such names are not allowed there
        }

        using var dir = new TempDir();
        var path = dir.Write("evil\u001b]0;t\u0007\n.csv", BuildCsv(ValidRow().With("unit", "USX")));
        var r = CliRun.Run("validate", path);
        AssertSafe(r.Out);
        AssertSafe(r.Err);
        Assert.Contains(@"evil\x1b]0;t\x07\n.csv:2: unit", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_a_coded_error_with_line_and_byte_offset_never_replaced()
    {
        var csv = BuildCsv(ValidRow("a"), ValidRow("b").With("subject", "Caf#"));
        var bytes = Encoding.UTF8.GetBytes(csv);
        int at = Array.IndexOf(bytes, (byte)'#');
        bytes[at] = 0xE9;
        var report = ClaimsCsv.Validate(new MemoryStream(bytes), "x.csv");
        Assert.False(report.IsValid);
        var d = Assert.Single(report.Diagnostics, x => x.Code == ErrorCodes.InvalidUtf8);
        Assert.Equal(3, d.Line);
        int lineStart = Array.LastIndexOf(bytes, (byte)'\n', at) + 1;
        Assert.Contains($"byte {at - lineStart + 1} of the line (byte offset {at} in the file)", d.Message, StringComparison.Ordinal);
        Assert.Contains("0xE9", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Claims, c => c.Subject.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[] { 0xC3 }, "at the end")]                 // a character cut by the end of the file
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "a surrogate")]   // an encoded surrogate
    [InlineData(new byte[] { 0xC0, 0xAF }, "overlong")]            // an overlong '/'
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "above U+10FFFF")]
    [InlineData(new byte[] { 0x80 }, "a lone continuation byte")]
    public void Every_kind_of_invalid_utf8_is_refused(byte[] bad, string what)
    {
        var head = Encoding.UTF8.GetBytes(BuildCsv(ValidRow()).TrimEnd('\n') + "\n" + "x,");
        var bytes = head.Concat(bad).ToArray();
        var report = ClaimsCsv.Validate(new MemoryStream(bytes), "x.csv");
        Assert.True(report.Diagnostics.Any(d => d.Code == ErrorCodes.InvalidUtf8), what + ": " + string.Join(" | ", report.Diagnostics));
    }

    [Fact]
    public void Invalid_utf8_is_found_across_buffer_boundaries()
    {
        // A long valid file (multi-byte characters cut by every read size), then one bad byte near the end.
        var rows = Enumerable.Range(0, 400).Select(i => ValidRow("c" + i).With("notes", "Ж€😀 " + new string('é', i % 7))).ToArray();
        var bytes = Encoding.UTF8.GetBytes(BuildCsv(rows));
        Assert.True(ClaimsCsv.Validate(new MemoryStream(bytes), "ok.csv").IsValid);
        bytes[^5] = 0xFF;
        var report = ClaimsCsv.Validate(new MemoryStream(bytes), "x.csv");
        Assert.Contains(report.Diagnostics, d => d.Code == ErrorCodes.InvalidUtf8 && d.Line == 401);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_gets_a_hint_and_with_one_still_reads()
    {
        var csv = BuildCsv(ValidRow());
        foreach (var enc in new[] { Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            var report = ClaimsCsv.Validate(new MemoryStream(enc.GetBytes(csv)), "x.csv");
            var d = Assert.Single(report.Diagnostics);
            Assert.Equal(ErrorCodes.Utf16WithoutByteOrderMark, d.Code);
            Assert.Contains("looks like UTF-16 without a byte order mark", d.Message, StringComparison.Ordinal);

            var withBom = enc.GetPreamble().Concat(enc.GetBytes(csv)).ToArray();
            Assert.True(ClaimsCsv.Validate(new MemoryStream(withBom), "x.csv").IsValid);
        }
    }

    [Fact]
    public void A_header_of_a_million_commas_is_one_diagnostic()
    {
        var text = new string(',', 1_000_000) + "\n";
        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = ClaimsCsv.Validate(new MemoryStream(Encoding.ASCII.GetBytes(text)), "x.csv", maxRecordBytes: 2 << 20);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(ErrorCodes.TooManyColumns, d.Code);
        Assert.Contains("1000001 columns", d.Message, StringComparison.Ordinal);
        Assert.True(allocated < 200L << 20, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Diagnostics_are_capped_per_code_with_a_count_of_the_rest_in_library_and_cli()
    {
        var rows = Enumerable.Range(0, 2500).Select(i => ValidRow("c" + i).With("unit", "USX").With("bound", i < 3 ? "below" : "exact")).ToArray();
        var csv = BuildCsv(rows);
        var report = ClaimsCsv.ValidateText(csv, "x.csv");
        Assert.Equal(2503, report.ProblemCount);
        Assert.Equal(ClaimsCsv.MaxDiagnosticsPerCode, report.Diagnostics.Count(d => d.Code == ErrorCodes.BadUnit));
        Assert.Equal(3, report.Diagnostics.Count(d => d.Code == ErrorCodes.BadBound));
        Assert.Equal(1500L, report.NotListed[ErrorCodes.BadUnit]);
        var summary = Assert.Single(report.Diagnostics, d => d.Code == ErrorCodes.ProblemsNotListed);
        Assert.Contains("and 1500 more problems of code EF1012", summary.Message, StringComparison.Ordinal);

        using var dir = new TempDir();
        var path = dir.Write("x.csv", csv);
        var r = CliRun.Run("validate", path);
        Assert.Contains("and 1500 more problems of code EF1012", r.Out, StringComparison.Ordinal);
        Assert.Contains("x.csv: 2503 problem(s) in 2500 row(s)", r.Out, StringComparison.Ordinal);
        Assert.Equal(ClaimsCsv.MaxDiagnosticsPerCode + 3 + 2, r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        using var doc = CliRun.Run("validate", path, "--format", "json").Json();
        Assert.Equal(2503, doc.RootElement.GetProperty("problemCount").GetInt64());
        Assert.Equal(1500, doc.RootElement.GetProperty("notListed").GetProperty("EF1012").GetInt64());
    }

    [Fact]
    public void An_unterminated_quote_in_the_header_is_capped_and_escaped()
    {
        var text = "id,subject,\"period\n" + string.Concat(Enumerable.Repeat("a,b,c\u001b[2J\n", 5000));
        var report = ClaimsCsv.ValidateText(text, "x.csv");
        Assert.False(report.IsValid);
        foreach (var d in report.Diagnostics)
        {
            AssertSafe(d.ToString());
            Assert.True(d.ToString().Length < 1000, d.ToString());
        }
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "trillion", "exact")]
    [InlineData("79228162514264337593543950335", "trillion", "approximately")]
    [InlineData("79228162514264337593543950335", "thousand", "under")]
    [InlineData("79228162514264337593543951", "thousand", "exact")]
    [InlineData("-79228162514264337594", "billion", "at_least")]
    public void Scaling_that_does_not_fit_a_decimal_is_a_coded_error(string value, string scale, string bound)
    {
        var d = Assert.Single(ClaimsCsv.ValidateText(BuildCsv(ValidRow().With("value", value).With("scale", scale).With("bound", bound)), "x.csv").Diagnostics);
        Assert.Equal(ErrorCodes.ScaledValueOutOfRange, d.Code);
        Assert.Equal("value", d.Field);
    }

    [Fact]
    public void Scaling_that_fits_is_exact_even_when_the_product_drops_trailing_zeros()
    {
        var f = Figure.Create("x", BoundKind.Exact, 168814340217927459.966307929m, Unit.Parse("USD"), Scale.Thousand);
        Assert.True(f.Interval.IsPoint);
        Assert.Equal(168814340217927459966.307929m, f.Interval.Low);
    }

    [Theory]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001", 1)]
    [InlineData("-0.0000000000000000000000000001", "0.0000000000000000000000000001", -1)]
    [InlineData("0.0000000000000000000000000001", "-0.0000000000000000000000000001", -1)]
    [InlineData("-0.0000000000000000000000000001", "-0.0000000000000000000000000001", 1)]
    public void Underflow_keeps_the_sign_and_the_tightest_bound(string a, string b, int sign)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var x = decimal.Parse(a, inv);
        var y = decimal.Parse(b, inv);
        const decimal tiny = 0.0000000000000000000000000001m;
        var expected = sign > 0 ? Interval.Create(0m, true, tiny, true) : Interval.Create(-tiny, true, 0m, true);

        // 1e-28 × 1e-28 = 1e-56 and 1e-28 ÷ 1e28 = 1e-56: both round to 0 in a decimal.
        Assert.Equal(expected, Interval.Point(x) * Interval.Point(y));
        Assert.Equal(expected, Interval.Point(x) / Interval.Point(1m / y));
    }

    [Theory]
    [InlineData("127.", "no digit after the decimal point")]
    [InlineData("+127", "starts with '+'")]
    [InlineData(".5", "no digit before the decimal point")]
    [InlineData("-.5", "no digit before the decimal point")]
    [InlineData("1e3", "exponent")]
    [InlineData("1,5", "','")]
    [InlineData("-", "no digits")]
    public void Number_syntax_follows_the_data_readme_and_says_what_is_wrong(string printed, string says)
    {
        var d = Assert.Single(ClaimsCsv.ValidateText(BuildCsv(ValidRow().With("value", printed)), "x.csv").Diagnostics);
        Assert.Equal(ErrorCodes.BadNumber, d.Code);
        Assert.Contains(says, d.Message, StringComparison.Ordinal);
        var readme = File.ReadAllText(Support.RepoPaths.Data("README.md"));
        Assert.Contains("Not `+127`, `.5`, `127.`", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_carries_escaped_messages_not_raw_control_characters()
    {
        using var dir = new TempDir();
        var path = dir.Write("x.csv", BuildCsv(ValidRow().With("unit", "\u001b[31mUSX")));
        var r = CliRun.Run("validate", path, "--format", "json");
        Assert.DoesNotContain("\\u001b", r.Out, StringComparison.OrdinalIgnoreCase);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Contains(@"\x1b[31mUSX", doc.RootElement.GetProperty("problems")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
