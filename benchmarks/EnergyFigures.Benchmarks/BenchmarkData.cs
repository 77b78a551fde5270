using System.Globalization;

namespace EnergyFigures.Benchmarks;

/// <summary>Where the benchmarks keep their generated input files (a temporary folder, generated once per size).</summary>
public static class BenchmarkData
{
    /// <summary>The folder of generated files (under the system's temporary folder).</summary>
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "energyfigures-bench");

    /// <summary>The path of the generated claims file with <paramref name="rows"/> rows, generating it when missing.</summary>
    /// <param name="rows">The number of data rows.</param>
    /// <returns>The path.</returns>
    public static string ClaimsFile(int rows)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"claims-{rows}.csv"));
        if (!File.Exists(path))
        {
            // Generate beside, then move: a reader never sees a half-written file.
            var tmp = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
            ClaimsFileGenerator.WriteFile(rows, tmp);
            File.Move(tmp, path, overwrite: true);
        }

        return path;
    }
}
