using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Errors;

namespace EnergyFigures.Data;

/// <summary>Reads the data files embedded in the assembly (never the file system).</summary>
internal static class EmbeddedData
{
    internal const string ClaimsResource = "EnergyFigures.Data.claims.csv";

    internal static Stream Open(string logicalName) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream(logicalName)
        ?? throw new EnergyFiguresException(ErrorCodes.EmbeddedDataDamaged, $"The embedded resource '{logicalName}' is missing from the EnergyFigures assembly; this is a build problem.");

    internal static ClaimSet LoadClaims()
    {
        using var stream = Open(ClaimsResource);
        var report = ClaimsCsv.Validate(stream, "claims.csv (embedded)");
        if (!report.IsValid)
        {
            throw new EnergyFiguresException(ErrorCodes.EmbeddedDataDamaged, "The embedded claims.csv is invalid; this is a build problem: " + new ClaimsFileException(report).Message);
        }

        return report.Claims;
    }
}
