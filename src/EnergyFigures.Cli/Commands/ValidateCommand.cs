using System.CommandLine;
using System.Text.Json.Nodes;
using EnergyFigures.Cli.Output;
using EnergyFigures.Csv;

namespace EnergyFigures.Cli.Commands;

/// <summary><c>validate FILE.csv</c>: every problem of a claims file, with line and field; exit 1 when there is any.</summary>
internal static class ValidateCommand
{
    public static Command Create(GlobalOptions g, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The claims CSV to validate (the schema of data/README.md)." };
        var command = new Command("validate", "Validate a claims CSV: print every problem with its line, field, column, a stable code and what was expected; exit 1 when there is any.") { file };
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var path = pr.GetValue(file)!;
            CliPaths.Require(path, "FILE");
            if (Directory.Exists(path))
            {
                throw new CliException(ExitCodes.Usage, $"'{path}' is a folder; expected a claims CSV file.");
            }

            if (!File.Exists(path))
            {
                throw new CliException(ExitCodes.IoError, $"'{path}' does not exist; expected a claims CSV file.");
            }

            var report = ClaimsCsv.Validate(path);
            if (!report.IsValid && report.Diagnostics.All(d => d.Code == ErrorCodes.FileUnreadable))
            {
                throw new CliException(ExitCodes.IoError, $"Cannot read '{path}': {report.Diagnostics[0].Message}");
            }

            if (ctx.Json)
            {
                var o = new JsonObject
                {
                    ["file"] = report.File,
                    ["valid"] = report.IsValid,
                    ["rowsRead"] = report.RowsRead,
                    ["validClaims"] = report.Claims.Count,
                    ["problemCount"] = report.ProblemCount,
                    ["notListed"] = new JsonObject(report.NotListed.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
                    ["problems"] = new JsonArray(report.Diagnostics.Select(d => (JsonNode)JsonModel.Diagnostic(d)).ToArray()),
                };
                ctx.Out.WriteLine(JsonModel.Serialize(o));
            }
            else
            {
                foreach (var d in report.Diagnostics)
                {
                    ctx.Out.WriteLine(d.ToString());
                }

                ctx.Out.WriteLine(report.IsValid
                    ? CommandLine.Inv($"{report.File}: {report.Claims.Count} claim(s) in {report.RowsRead} row(s), no problems.")
                    : CommandLine.Inv($"{report.File}: {report.ProblemCount} problem(s) in {report.RowsRead} row(s); {report.Claims.Count} claim(s) without problems."));
            }

            if (!report.IsValid)
            {
                ctx.Error.WriteLine(CommandLine.Inv($"{CommandLine.Name}: error: {report.File} has {report.ProblemCount} problem(s)."));
            }

            return report.IsValid ? ExitCodes.Ok : ExitCodes.InvalidData;
        }));
        return command;
    }
}
