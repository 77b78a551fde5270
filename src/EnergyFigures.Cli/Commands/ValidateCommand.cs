using System.CommandLine;
using System.Text.Json.Nodes;
using EnergyFigures.Cli.Output;
using EnergyFigures.Checks;
using EnergyFigures.Csv;
using EnergyFigures.Errors;

namespace EnergyFigures.Cli.Commands;

/// <summary><c>validate FILE.csv</c>: every problem of a claims file, with line and field; exit 1 when there is any.</summary>
internal static class ValidateCommand
{
    public static Command Create(GlobalOptions g, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The claims CSV to validate (the schema of data/README.md)." };
        var command = new Command("validate", "Validate a claims CSV (and with --checks FILE, a checks CSV against its claims): print every problem with its file, line, field, column, a stable code and what was expected; exit 1 when there is any.") { file };
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

            ChecksReport? checks = null;
            if (ctx.ChecksPath is { } checksPath)
            {
                if (!File.Exists(checksPath))
                {
                    throw new CliException(ExitCodes.IoError, $"--checks '{checksPath}' does not exist; expected a checks CSV file.");
                }

                checks = ChecksCsv.Validate(checksPath, report.Claims);
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
                if (checks is not null)
                {
                    o["checks"] = new JsonObject
                    {
                        ["file"] = checks.File,
                        ["valid"] = checks.IsValid,
                        ["validChecks"] = checks.Declarations.Count,
                        ["problemCount"] = checks.Diagnostics.Count,
                        ["problems"] = new JsonArray(checks.Diagnostics.Select(d => (JsonNode)JsonModel.Diagnostic(d)).ToArray()),
                    };
                }

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
                if (checks is not null)
                {
                    foreach (var d in checks.Diagnostics)
                    {
                        ctx.Out.WriteLine(d.ToString());
                    }

                    ctx.Out.WriteLine(checks.IsValid
                        ? CommandLine.Inv($"{checks.File}: {checks.Declarations.Count} check(s), no problems.")
                        : CommandLine.Inv($"{checks.File}: {checks.Diagnostics.Count} problem(s); {checks.Declarations.Count} check(s) without problems."));
                }
            }

            var problems = report.Diagnostics.Count + (checks?.Diagnostics.Count ?? 0);
            if (problems > 0)
            {
                ctx.Error.WriteLine(CommandLine.Inv($"{CommandLine.Name}: error: {(report.IsValid ? string.Empty : $"{report.File} has {report.ProblemCount} problem(s)")}{(!report.IsValid && checks is { IsValid: false } ? "; " : string.Empty)}{(checks is { IsValid: false } ? $"{checks.File} has {checks.Diagnostics.Count} problem(s)" : string.Empty)}."));
            }

            return problems == 0 ? ExitCodes.Ok : ExitCodes.InvalidData;
        }));
        return command;
    }
}
