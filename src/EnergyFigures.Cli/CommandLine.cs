using EnergyFigures.Claims;
using EnergyFigures.Csv;

namespace EnergyFigures.Cli;

/// <summary>The energy-figures command line.</summary>
public static class CommandLine
{
    /// <summary>Runs the command line and returns the exit code.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>0 on success, 1 on bad input data, 2 on a usage error.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var command = args.Length == 0 ? "list" : args[0];
            switch (command)
            {
                case "list":
                    stdout.Write(ClaimsTable.Render(ClaimSet.Shipped));
                    return 0;
                case "validate" when args.Length == 2:
                    var report = ClaimsCsv.Validate(args[1]);
                    foreach (var d in report.Diagnostics)
                    {
                        stdout.WriteLine(d);
                    }

                    stdout.WriteLine(report.IsValid ? $"{report.File}: {report.Claims.Count} claims, no problems." : $"{report.File}: {report.Diagnostics.Count} problem(s).");
                    return report.IsValid ? 0 : 1;
                default:
                    stderr.WriteLine("usage: energy-figures [list | validate FILE.csv]");
                    return 2;
            }
        }
        catch (EnergyFiguresException e)
        {
            stderr.WriteLine($"error {e.Code}: {e.Message}");
            return 1;
        }
    }
}
