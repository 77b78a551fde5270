using System.Text;
using CsvHelper;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using Microsoft.Data.Analysis;

namespace EnergyFigures.Interchange;

/// <summary>
/// Reads claims from a DataFrame in the claims schema: the columns of <c>data/README.md</c> (one row per
/// appearance), typed or as text. The rows go through the same validation as a claims CSV file, with the
/// same codes; a diagnostic's <see cref="Diagnostic.Line"/> is the 1-based row number (0 for the header).
/// </summary>
internal static class ClaimFrames
{
    public static ValidationReport Validate(DataFrame frame, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(sourceName);
        // A table written by this library carries the date twice: typed (day precision only) and as text
        // (any precision); the text is the one read back.
        bool hasDateText = frame.Columns.Any(c => c.Name == "source_date_text");
        var columns = frame.Columns
            .Where(c => !ClaimTable.DerivedColumns.Contains(c.Name) && !(hasDateText && c.Name == "source_date"))
            .ToArray();
        // The rows become CSV text for the claims reader; the line each row starts on maps diagnostics back to rows.
        using var ms = new MemoryStream();
        var rowOfLine = new Dictionary<long, long>();
        using (var csv = CsvWriter.Create(ms, new CsvWriterOptions { Separator = ',', NewLine = "\n", Quoting = CsvQuoting.WhenNeeded }, leaveOpen: true))
        {
            csv.WriteHeader(columns.Select(c => c.Name == "source_date_text" ? "source_date" : c.Name).ToArray());
            long line = 2;
            for (long r = 0; r < frame.Rows.Count; r++)
            {
                rowOfLine[line] = r + 1;
                foreach (var c in columns)
                {
                    var text = Interchange.TableFormats.CellText(c[r]);
                    int k = ClaimsCsv.ColumnIndex(c.Name);
                    if (k >= 0)
                    {
                        text = ClaimsCsv.Cell(k, text);
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
        var report = ClaimsCsv.Validate(ms, sourceName);
        var diagnostics = report.Diagnostics
            .Select(d => d with { Line = rowOfLine.TryGetValue(d.Line, out var row) ? row : 0 })
            .ToArray();
        return new ValidationReport(sourceName, report.Claims, diagnostics, report.RowsRead, report.NotListed);
    }
}
