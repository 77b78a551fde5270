using System.Text;
using EnergyFigures.Benchmarks;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using EnergyFigures.Errors;

namespace EnergyFigures.Tests.Csv;

/// <summary>
/// The fast UTF-8 reader (columns, no string per field) against the reference reader (CsvHelper, a string per
/// field): on random files — valid, and with every kind of problem — read in random chunk sizes, the reports are
/// identical: the same claims, the same diagnostics in the same order, the same row count.
/// </summary>
public class FastReaderTests
{
    private static readonly string[] Ids = ["gas-offer", "oil-price", "a", "gas-offer", "b-2", "x"];

    // Values a field may be changed to: valid alternatives and every kind of mistake.
    private static readonly string[] Mutations =
    [
        "", " ", "x", "'=1+2", "''x", "'x", "=SUM(A1)", "-3", "1.50", "-0", "-0.0", "0.0", "1e5", "+3", "1,5", ".5", "5.", "127", "007",
        "12345678901234567890.5", "1.0000000000000000000000000001", "99999999999999999999999999999", "\u0001", "a\u0085b", "a\tb", "a\nb",
        "say \"hi\"", "2020-13", "2020", "2020-Q2", "2019/2020", "unknown", "2020-02-30", "range", "plus_minus", "approximately", "under",
        "million", "trillion", "dozen", "USD", "percent", "USD/1000 m3", "USX", "BY;ru", "BY;;RU", " DE ", "é", "\u00A0", "summary", "derived",
        "Verbatim", "https://example.org/x", "ftp://example.org", "not a url", "2021-05", "$127 per 1,000 cubic meters", "A. Speaker",
    ];

    private static readonly string[] Optional = ["claimant_role", "value_high", "tolerance", "scale", "topics", "countries", "quote_kind", "said_on", "reported_by", "source_author", "source_url", "originally_published_in", "notes", "compared_with"];

    /// <summary>A random claims file: rows from a valid template with some fields changed, ids that repeat, random quoting and line ends.</summary>
    internal static byte[] RandomFile(int seed)
    {
        var rnd = new Random(seed);
        var columns = ClaimsCsv.Columns.Where(c => !Optional.Contains(c) || rnd.Next(4) > 0).ToList();
        if (rnd.Next(8) == 0)
        {
            columns = [.. columns.OrderBy(_ => rnd.Next())];
        }

        if (rnd.Next(20) == 0)
        {
            columns.Add(rnd.Next(2) == 0 ? "colour" : "id");
        }

        double mutate = rnd.Next(3) switch { 0 => 0, 1 => 0.01, _ => 0.08 };
        string nl = rnd.Next(3) == 0 ? "\r\n" : "\n";
        var sb = new StringBuilder();
        if (rnd.Next(6) == 0)
        {
            sb.Append('\uFEFF');
        }

        sb.Append(string.Join(',', columns)).Append(nl);
        int rows = rnd.Next(0, 14);
        Dictionary<string, string>? previous = null;
        for (int r = 0; r < rows; r++)
        {
            Dictionary<string, string> row;
            if (previous is not null && rnd.Next(3) == 0)
            {
                row = new Dictionary<string, string>(previous); // another appearance of the same claim
                row["quote"] = rnd.Next(2) == 0 ? previous["quote"] : "Later: " + previous["text"] + ", again.";
                row["source_title"] = "Title " + rnd.Next(3);
                if (rnd.Next(3) == 0)
                {
                    row["notes"] = "A later row's note " + r; // not the claim's: its notes are its first row's
                }
            }
            else
            {
                row = CsvFixtures.ValidRow(Ids[rnd.Next(Ids.Length)] + (rnd.Next(3) == 0 ? string.Empty : "-" + r));
                if (rnd.Next(3) == 0)
                {
                    row["bound"] = "range";
                    row["value_high"] = "130.5";
                    row["text"] = "$127-130.5";
                    row["quote"] = "between $127-130.5 per unit";
                }

                if (rnd.Next(4) == 0)
                {
                    row["notes"] = "A note\nover two lines";
                }
            }

            foreach (var c in ClaimsCsv.Columns)
            {
                if (rnd.NextDouble() < mutate)
                {
                    row[c] = Mutations[rnd.Next(Mutations.Length)];
                }
            }

            previous = row;
            var fields = columns.Select(c => Field(row.GetValueOrDefault(c, string.Empty), rnd)).ToList();
            if (mutate > 0 && rnd.Next(25) == 0)
            {
                fields.RemoveAt(fields.Count - 1); // a short row
            }
            else if (mutate > 0 && rnd.Next(25) == 0)
            {
                fields.Add("extra"); // a long row
            }

            sb.Append(string.Join(',', fields));
            if (r < rows - 1 || rnd.Next(4) > 0)
            {
                sb.Append(nl);
            }

            if (mutate > 0 && rnd.Next(15) == 0)
            {
                sb.Append(nl); // an empty line
            }
        }

        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        if (mutate > 0 && rnd.Next(20) == 0 && bytes.Length > 10)
        {
            bytes[rnd.Next(bytes.Length)] = (byte)rnd.Next(256); // any byte, e.g. invalid UTF-8 or a stray quote
        }

        return bytes;
    }

    private static string Field(string value, Random rnd)
    {
        bool must = value.IndexOfAny([',', '"', '\n', '\r']) >= 0;
        if (must || rnd.Next(5) == 0)
        {
            return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }

        return value;
    }

    private static ValidationReport Reference(byte[] bytes) => ClaimsCsv.ValidateWithReference(new MemoryStream(bytes), "random.csv");

    internal static bool SameReport(ValidationReport a, ValidationReport b) =>
        a.RowsRead == b.RowsRead
        && a.ProblemCount == b.ProblemCount
        && a.Diagnostics.SequenceEqual(b.Diagnostics)
        && a.Claims.Count == b.Claims.Count
        && a.Claims.SequenceEqual(b.Claims);

    [Property(MaxTest = 400)]
    public Property Fast_and_reference_readers_give_identical_reports_on_random_files_and_chunkings() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Choose(16, 400)), (seed, chunk) =>
        {
            var bytes = RandomFile(seed);
            var reference = Reference(bytes);
            var columns = Utf8ClaimsReader.TryRead(new MemoryStream(bytes), ClaimsCsv.DefaultMaxRecordBytes, out long rows, chunk);
            var viaValidate = ClaimsCsv.Validate(new MemoryStream(bytes), "random.csv");
            bool sameAsReference = SameReport(viaValidate, reference);
            if (columns is null)
            {
                return sameAsReference;
            }

            // The fast path accepted the file: the reference reader must find it valid, with the same claims.
            var set = ClaimSet.FromColumns(columns);
            return sameAsReference && reference.IsValid && rows == reference.RowsRead && set.SequenceEqual(reference.Claims);
        });

    [Fact]
    public void The_fast_path_reads_most_valid_random_files_itself()
    {
        int valid = 0, fast = 0;
        for (int seed = 0; seed < 300; seed++)
        {
            var bytes = RandomFile(seed);
            bool isValid = Reference(bytes).IsValid;
            valid += isValid ? 1 : 0;
            fast += Utf8ClaimsReader.TryRead(new MemoryStream(bytes), ClaimsCsv.DefaultMaxRecordBytes, out _, 64) is not null ? 1 : 0;
        }

        Assert.InRange(valid, 60, 300);
        Assert.InRange(fast, valid * 9 / 10, valid);
    }

    [Theory]
    [InlineData(1 << 20)]
    [InlineData(997)]
    [InlineData(16)]
    public void The_generated_benchmark_file_is_read_by_the_fast_path_with_the_reference_claims(int chunk)
    {
        var bytes = ClaimsFileGenerator.GenerateBytes(2500);
        var columns = Utf8ClaimsReader.TryRead(new MemoryStream(bytes), ClaimsCsv.DefaultMaxRecordBytes, out long rows, chunk);
        Assert.NotNull(columns);
        var reference = Reference(bytes);
        Assert.True(reference.IsValid);
        Assert.Equal(reference.RowsRead, rows);
        Assert.Equal(reference.Claims, ClaimSet.FromColumns(columns));
    }

    [Fact]
    public void The_shipped_claims_file_is_read_by_the_fast_path_with_the_reference_claims()
    {
        using var resource = typeof(ClaimSet).Assembly.GetManifestResourceStream("EnergyFigures.Data.claims.csv")!;
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        var bytes = copy.ToArray();
        var columns = Utf8ClaimsReader.TryRead(new MemoryStream(bytes), ClaimsCsv.DefaultMaxRecordBytes, out _);
        Assert.NotNull(columns);
        Assert.Equal(Reference(bytes).Claims, ClaimSet.FromColumns(columns));
    }

    [Fact]
    public void Columns_of_a_set_made_from_claims_give_back_equal_claims_and_lookups()
    {
        var claims = Reference(ClaimsFileGenerator.GenerateBytes(400)).Claims.ToList();
        var set = ClaimSet.Create(claims);
        var columns = set.Columns;
        Assert.Equal(claims.Sum(c => c.Appearances.Count), columns.RowCount);
        var fromColumns = ClaimSet.FromColumns(columns);
        Assert.Equal(claims, fromColumns);
        Assert.Same(fromColumns[3], fromColumns[3]);
        Assert.Same(fromColumns[claims[5].Id], fromColumns[5]);
        Assert.True(fromColumns.Contains(claims[7].Id));
        Assert.False(fromColumns.Contains("no-such-claim"));
        var e = Assert.Throws<UnknownIdException>(() => fromColumns.Get("no-such-claim"));
        Assert.Equal(ErrorCodes.UnknownClaim, e.Code);
    }

    [Fact]
    public void Text_columns_give_arrow_validity_bits_for_their_rows_and_none_past_them()
    {
        var columns = ClaimSet.Create(Reference(ClaimsFileGenerator.GenerateBytes(203)).Claims).Columns;
        foreach (var column in new[] { columns.Id, columns.Quote, columns.Notes, columns.ComparedWith })
        {
            var bits = column.ValidityBits.Span;
            Assert.Equal((column.Count + 7) / 8, bits.Length);
            for (int i = 0; i < bits.Length * 8; i++)
            {
                bool set = (bits[i >> 3] & (1 << (i & 7))) != 0;
                Assert.Equal(i < column.Count && !column.IsNull(i), set);
            }
        }
    }
}
