using System.Globalization;
using System.Text;

namespace EnergyFigures.Extraction;

/// <summary>
/// Reads and writes gold annotation files of the extraction development set
/// (<c>start,end,text,bound,value,value_high,scale,unit,unit_inferred</c>; RFC 4180, UTF-8,
/// invariant culture). See docs/extraction.md.
/// </summary>
public static class GoldCsv
{
    /// <summary>The column names, in the order they are written.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["start", "end", "text", "bound", "value", "value_high", "scale", "unit", "unit_inferred"];

    /// <summary>Parses gold annotations and checks each row's text against its offsets in <paramref name="text"/>.</summary>
    /// <param name="csv">The CSV content.</param>
    /// <param name="text">The annotated text, as read by <c>File.ReadAllText</c>; <see langword="null"/> skips the offset check.</param>
    /// <param name="sourceName">A name for error messages (e.g. the file name).</param>
    /// <returns>The gold figures in file order.</returns>
    /// <exception cref="FormatException">A row is malformed; the message names the source, line and column.</exception>
    public static IReadOnlyList<ExtractedSpan> Parse(string csv, string? text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(sourceName);
        var records = ReadRecords(csv, sourceName);
        if (records.Count == 0)
            throw new FormatException($"{sourceName}: empty file, expected a header row.");

        var header = records[0].Fields;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
            index[header[i]] = i;
        foreach (var c in Columns)
        {
            if (!index.ContainsKey(c))
                throw new FormatException($"{sourceName}:1: missing column '{c}'.");
        }

        var result = new List<ExtractedSpan>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count != header.Count)
                throw new FormatException($"{sourceName}:{line}: {fields.Count} fields, expected {header.Count}.");
            string F(string column) => fields[index[column]];
            var start = ParseInt(F("start"), sourceName, line, "start");
            var end = ParseInt(F("end"), sourceName, line, "end");
            var printed = F("text");
            if (end <= start)
                throw new FormatException($"{sourceName}:{line}: column 'end' must be greater than 'start'.");
            if (text is not null)
            {
                if (end > text.Length)
                    throw new FormatException($"{sourceName}:{line}: column 'end' ({end}) is past the end of the text ({text.Length}).");
                var actual = text[start..end];
                if (!string.Equals(actual, printed, StringComparison.Ordinal))
                    throw new FormatException($"{sourceName}:{line}: column 'text' is \"{printed}\" but offsets [{start},{end}) give \"{actual}\".");
            }

            var inferred = F("unit_inferred") switch
            {
                "" or "0" => false,
                "1" => true,
                var other => throw new FormatException($"{sourceName}:{line}: column 'unit_inferred' must be 0 or 1, got '{other}'."),
            };
            result.Add(new ExtractedSpan(
                start,
                end,
                printed,
                F("bound"),
                ParseDecimal(F("value"), sourceName, line, "value"),
                ParseDecimal(F("value_high"), sourceName, line, "value_high"),
                F("scale").Length == 0 ? null : F("scale"),
                F("unit").Length == 0 ? null : F("unit"))
            {
                UnitInferred = inferred,
            });
        }

        return result;
    }

    /// <summary>Writes figures in the gold CSV format (LF line ends, invariant culture).</summary>
    /// <param name="spans">The figures to write.</param>
    /// <returns>The CSV content, header included.</returns>
    public static string Write(IEnumerable<ExtractedSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var sb = new StringBuilder();
        sb.Append(string.Join(',', Columns)).Append('\n');
        foreach (var s in spans)
        {
            string[] fields =
            [
                s.Start.ToString(CultureInfo.InvariantCulture),
                s.End.ToString(CultureInfo.InvariantCulture),
                s.Text,
                s.Bound,
                s.Value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                s.ValueHigh?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                s.Scale ?? string.Empty,
                s.Unit ?? string.Empty,
                s.UnitInferred ? "1" : "0",
            ];
            sb.Append(string.Join(',', fields.Select(Quote))).Append('\n');
        }

        return sb.ToString();
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static int ParseInt(string s, string source, int line, string column) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 0
            ? v
            : throw new FormatException($"{source}:{line}: column '{column}' must be a non-negative integer, got '{s}'.");

    private static decimal? ParseDecimal(string s, string source, int line, string column) =>
        s.Length == 0 ? null
        : decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v
        : throw new FormatException($"{source}:{line}: column '{column}' must be an invariant decimal, got '{s}'.");

    private static List<(int Line, List<string> Fields)> ReadRecords(string csv, string source)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var atRecordStart = true;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < csv.Length && csv[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                        line++;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    atRecordStart = false;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atRecordStart = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (!atRecordStart || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        records.Add((recordLine, fields));
                    }

                    fields = [];
                    field.Clear();
                    line++;
                    recordLine = line;
                    atRecordStart = true;
                    break;
                default:
                    field.Append(c);
                    atRecordStart = false;
                    break;
            }
        }

        if (inQuotes)
            throw new FormatException($"{source}:{recordLine}: unterminated quoted field.");
        if (!atRecordStart || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }

        return records;
    }
}
