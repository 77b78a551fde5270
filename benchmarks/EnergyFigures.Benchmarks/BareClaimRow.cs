using CsvHelper;

namespace EnergyFigures.Benchmarks;

/// <summary>
/// The floor: the claims columns read by CsvHelper's generated mapper as plain strings and decimals, with no
/// validation, no units, periods, intervals or provenance objects.
/// </summary>
[CsvRecord]
internal sealed partial class BareClaimRow
{
    [CsvColumn("id")]
    public string Id { get; set; } = string.Empty;

    [CsvColumn("subject")]
    public string Subject { get; set; } = string.Empty;

    [CsvColumn("period")]
    public string Period { get; set; } = string.Empty;

    [CsvColumn("claimant")]
    public string Claimant { get; set; } = string.Empty;

    [CsvColumn("claimant_role")]
    public string ClaimantRole { get; set; } = string.Empty;

    [CsvColumn("text")]
    public string Text { get; set; } = string.Empty;

    [CsvColumn("bound")]
    public string Bound { get; set; } = string.Empty;

    [CsvColumn("value")]
    public decimal Value { get; set; }

    [CsvColumn("value_high")]
    public decimal? ValueHigh { get; set; }

    [CsvColumn("tolerance")]
    public decimal? Tolerance { get; set; }

    [CsvColumn("scale")]
    public string Scale { get; set; } = string.Empty;

    [CsvColumn("unit")]
    public string Unit { get; set; } = string.Empty;

    [CsvColumn("topics")]
    public string Topics { get; set; } = string.Empty;

    [CsvColumn("countries")]
    public string Countries { get; set; } = string.Empty;

    [CsvColumn("quote")]
    public string Quote { get; set; } = string.Empty;

    [CsvColumn("quote_kind")]
    public string QuoteKind { get; set; } = string.Empty;

    [CsvColumn("said_on")]
    public string SaidOn { get; set; } = string.Empty;

    [CsvColumn("reported_by")]
    public string ReportedBy { get; set; } = string.Empty;

    [CsvColumn("source_title")]
    public string SourceTitle { get; set; } = string.Empty;

    [CsvColumn("source_author")]
    public string SourceAuthor { get; set; } = string.Empty;

    [CsvColumn("source_outlet")]
    public string SourceOutlet { get; set; } = string.Empty;

    [CsvColumn("source_date")]
    public string SourceDate { get; set; } = string.Empty;

    [CsvColumn("source_url")]
    public string SourceUrl { get; set; } = string.Empty;

    [CsvColumn("originally_published_in")]
    public string OriginallyPublishedIn { get; set; } = string.Empty;

    [CsvColumn("notes")]
    public string Notes { get; set; } = string.Empty;
}

/// <summary>The bare CsvHelper read (the floor our dependency sets).</summary>
internal static class BareCsvHelper
{
    public static List<BareClaimRow> Read(string path)
    {
        var options = new CsvReaderOptions { Separator = ',', HasHeader = true };
        using var csv = CsvReader.FromFile(path, options);
        var list = new List<BareClaimRow>();
        foreach (var r in csv.GetRecords<BareClaimRow>())
        {
            list.Add(r);
        }

        return list;
    }

    public static List<BareClaimRow> Read(byte[] utf8)
    {
        var options = new CsvReaderOptions { Separator = ',', HasHeader = true };
        using var csv = CsvReader.Create(utf8, options);
        var list = new List<BareClaimRow>();
        foreach (var r in csv.GetRecords<BareClaimRow>())
        {
            list.Add(r);
        }

        return list;
    }
}
