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
        var header = columns.Select(c => c.Name == "source_date_text" ? "source_date" : c.Name).ToArray();
        return ClaimsCsv.ValidateRows(header, Rows(frame, columns), sourceName);
    }

    private static IEnumerable<IReadOnlyList<string>> Rows(DataFrame frame, DataFrameColumn[] columns)
    {
        for (long r = 0; r < frame.Rows.Count; r++)
        {
            var fields = new string[columns.Length];
            for (int c = 0; c < columns.Length; c++)
            {
                fields[c] = TableFormats.CellText(columns[c][r]);
            }

            yield return fields;
        }
    }
}
