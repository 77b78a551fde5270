using System.Globalization;
using CsvHelper;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Units;
using EnergyFigures.Data;
using EnergyFigures.Errors;

namespace EnergyFigures.Reference;

/// <summary>Reads the embedded reference data (<c>data/reference/*.csv</c>); never the file system.</summary>
internal static class ReferenceData
{
    internal const string SeriesResource = "EnergyFigures.Data.reference.series.csv";
    internal const string ObservationsResource = "EnergyFigures.Data.reference.observations.csv";
    internal const string ReportedFiguresResource = "EnergyFigures.Data.reference.reported_figures.csv";
    internal const string SourcesResource = "EnergyFigures.Data.SOURCES.md";

    private static readonly string[] SeriesColumns = ["id", "name", "unit", "frequency", "publisher", "dataset", "licence", "source_url", "retrieved_from", "citation", "notes"];
    private static readonly string[] ObservationColumns = ["series_id", "period", "value"];

    internal static ReferenceLibrary LoadLibrary()
    {
        using var series = EmbeddedData.Open(SeriesResource);
        using var observations = EmbeddedData.Open(ObservationsResource);
        return Parse(series, observations, "embedded data/reference");
    }

    internal static string LoadSources()
    {
        using var stream = EmbeddedData.Open(SourcesResource);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    internal static ClaimSet LoadReportedFigures()
    {
        using var stream = EmbeddedData.Open(ReportedFiguresResource);
        var report = ClaimsCsv.Validate(stream, "reference/reported_figures.csv (embedded)");
        if (!report.IsValid)
        {
            throw new EnergyFiguresException(ErrorCodes.EmbeddedDataDamaged, "The embedded reference/reported_figures.csv is invalid; this is a build problem: " + new ClaimsFileException(report).Message);
        }

        return report.Claims;
    }

    /// <summary>Parses a series catalogue and its observations; any problem is <see cref="ErrorCodes.EmbeddedDataDamaged"/> naming file, line and field.</summary>
    internal static ReferenceLibrary Parse(Stream seriesCsv, Stream observationsCsv, string origin)
    {
        var catalogue = new List<string[]>();
        ReadRows(seriesCsv, origin + "/series.csv", SeriesColumns, (line, f) => catalogue.Add(f));

        var byId = new Dictionary<string, List<Observation>>(StringComparer.Ordinal);
        var frequencyOf = new Dictionary<string, Frequency>(StringComparer.Ordinal);
        foreach (var f in catalogue)
        {
            frequencyOf[f[0]] = ParseFrequency(f[3], origin + "/series.csv", f[0]);
            byId[f[0]] = [];
        }

        string obsFile = origin + "/observations.csv";
        ReadRows(observationsCsv, obsFile, ObservationColumns, (line, f) =>
        {
            if (!byId.TryGetValue(f[0], out var list))
            {
                throw Damaged(obsFile, line, "series_id", $"'{f[0]}' is not a series of series.csv");
            }

            if (!Period.TryParse(f[1], out var period) || period.Kind != (frequencyOf[f[0]] == Frequency.Daily ? PeriodKind.Day : PeriodKind.Month))
            {
                throw Damaged(obsFile, line, "period", $"'{f[1]}' is not a {ReferenceSeries.Describe(frequencyOf[f[0]])} period");
            }

            if (!decimal.TryParse(f[2], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw Damaged(obsFile, line, "value", $"'{f[2]}' is not a decimal number");
            }

            list.Add(new Observation(period, value));
        });

        var series = new List<ReferenceSeries>(catalogue.Count);
        foreach (var f in catalogue)
        {
            string file = origin + "/series.csv";
            if (!Unit.TryParse(f[2], out var unit, out var error))
            {
                throw Damaged(file, null, "unit", $"series '{f[0]}': {error!.Message}");
            }

            var citation = new Citation(f[4], f[5], Url(f[7], file, f[0]), f[6].Length == 0 ? null : f[6]);
            try
            {
                series.Add(ReferenceSeries.Create(f[0], f[1], unit!, frequencyOf[f[0]], citation, byId[f[0]], f[9].Length == 0 ? null : f[9], Url(f[8], file, f[0]), f[10].Length == 0 ? null : f[10]));
            }
            catch (EnergyFiguresException e)
            {
                throw new EnergyFiguresException(ErrorCodes.EmbeddedDataDamaged, $"Reference data {origin} is damaged ({e.Code}): {e.Message} This is a build problem.", e);
            }
        }

        return ReferenceLibrary.Create(series);
    }

    private static Frequency ParseFrequency(string text, string file, string id) => text switch
    {
        "daily" => Frequency.Daily,
        "monthly" => Frequency.Monthly,
        _ => throw Damaged(file, null, "frequency", $"series '{id}': '{text}' is not 'daily' or 'monthly'"),
    };

    private static Uri? Url(string text, string file, string id)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var u) ? u : throw Damaged(file, null, "url", $"series '{id}': '{text}' is not an absolute URL");
    }

    private static void ReadRows(Stream stream, string file, string[] columns, Action<long, string[]> row)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
            SkipEmptyLines = true,
            PoolStrings = true,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        try
        {
            using var csv = CsvReader.Create(stream, options, leaveOpen: true);
            csv.ReadHeader();
            var headers = csv.Headers;
            var index = new int[columns.Length];
            for (int k = 0; k < columns.Length; k++)
            {
                index[k] = -1;
                for (int i = 0; i < headers.Count; i++)
                {
                    if (string.Equals(headers[i].TrimStart('\uFEFF'), columns[k], StringComparison.Ordinal))
                    {
                        index[k] = i;
                    }
                }

                if (index[k] < 0)
                {
                    throw Damaged(file, 1, columns[k], "the column is missing from the header");
                }
            }

            while (csv.Read())
            {
                if (csv.FieldCount != headers.Count)
                {
                    throw Damaged(file, csv.LineNumber, null, string.Create(CultureInfo.InvariantCulture, $"the row has {csv.FieldCount} fields, the header {headers.Count}"));
                }

                var f = new string[columns.Length];
                for (int k = 0; k < columns.Length; k++)
                {
                    f[k] = csv.GetString(index[k]);
                }

                row(csv.LineNumber, f);
            }
        }
        catch (CsvFormatException e)
        {
            throw new EnergyFiguresException(ErrorCodes.EmbeddedDataDamaged, $"Reference data {file} is not valid CSV: {e.Message} This is a build problem.", e);
        }
    }

    private static EnergyFiguresException Damaged(string file, long? line, string? field, string problem)
    {
        var where = line is { } l ? string.Create(CultureInfo.InvariantCulture, $", line {l}") : string.Empty;
        var what = field is null ? string.Empty : $", field {field}";
        return new EnergyFiguresException(ErrorCodes.EmbeddedDataDamaged, $"Reference data {file}{where}{what}: {problem}. This is a build problem: rebuild data/reference with data/tools/build_reference_data.py.");
    }
}
