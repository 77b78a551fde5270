using CsvHelper;

namespace EnergyFigures.Csv;

/// <summary>Claims given as rows of fields rather than as a file.</summary>
public static partial class ClaimsCsv
{
    /// <summary>
    /// Validates claims given as rows of text fields in the claims schema (from a DataFrame, a spreadsheet, a
    /// database query): the same checks, codes and messages as a claims CSV file, with a diagnostic's
    /// <see cref="Diagnostic.Line"/> the 1-based row number (0 for the header).
    /// </summary>
    /// <param name="header">The column names (as in <c>data/README.md</c>).</param>
    /// <param name="rows">The rows, each with one field per column (an empty string for an empty field).</param>
    /// <param name="sourceName">The name diagnostics give as the file (e.g. <c>DataFrame</c>).</param>
    /// <returns>The claims and the diagnostics.</returns>
    public static ValidationReport ValidateRows(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(sourceName);

        // The rows become CSV text for the claims reader (one code path, one set of messages); the line each
        // row starts on maps diagnostics back to rows.
        var indexes = header.Select(ColumnIndex).ToArray();
        using var ms = new MemoryStream();
        var rowOfLine = new Dictionary<long, long>();
        using (var csv = CsvWriter.Create(ms, new CsvWriterOptions { Separator = ',', NewLine = "\n", Quoting = CsvQuoting.WhenNeeded }, leaveOpen: true))
        {
            csv.WriteHeader([.. header]);
            long line = 2;
            long row = 0;
            foreach (var fields in rows)
            {
                row++;
                rowOfLine[line] = row;
                for (int c = 0; c < header.Count; c++)
                {
                    var text = c < fields.Count ? fields[c] ?? string.Empty : string.Empty;
                    if (indexes[c] >= 0)
                    {
                        text = Cell(indexes[c], text);
                    }

                    line += text.Count(ch => ch == '\n');
                    csv.WriteField(text);
                }

                csv.EndRecord();
                line++;
            }

            csv.Flush();
        }

        ms.Position = 0;
        var report = Validate(ms, sourceName);
        var diagnostics = report.Diagnostics
            .Select(d => d with { Line = rowOfLine.TryGetValue(d.Line, out var r) ? r : 0 })
            .ToArray();
        return new ValidationReport(sourceName, report.Claims, diagnostics, report.RowsRead, report.NotListed);
    }
}
