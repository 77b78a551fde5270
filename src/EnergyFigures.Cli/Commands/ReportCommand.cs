using System.CommandLine;
using System.Text.Json.Nodes;
using EnergyFigures.Claims;
using EnergyFigures.Cli.Analysis;
using EnergyFigures.Cli.Output;
using EnergyFigures.Errors;
using EnergyFigures.Reference;

namespace EnergyFigures.Cli.Commands;

/// <summary><c>report -o DIR</c>: an HTML report of the whole dataset, with comparisons, checks and charts as image files.</summary>
internal static class ReportCommand
{
    public const string IndexFile = "index.html";
    public const string ChartsFolder = "charts";

    /// <summary>The most comparisons a report shows (a large dataset has many pairs).</summary>
    public const int MaxComparisons = 200;

    /// <summary>The most charts a report draws unless <c>--max-charts</c> says otherwise (a large dataset has thousands of groups).</summary>
    public const int DefaultMaxCharts = 100;

    public static Command Create(GlobalOptions g, TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the report into (created if needed): index.html and charts/*.", HelpName = "DIR", Required = true };
        var images = new Option<string>("--images") { Description = "Image format of the charts.", HelpName = "png|svg", DefaultValueFactory = _ => "png" };
        images.AcceptOnlyFromAmong("png", "svg");
        var maxCharts = new Option<int>("--max-charts")
        {
            Description = "Draw at most this many charts (default 100); the report lists the charts left out.",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultMaxCharts,
        };
        maxCharts.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--max-charts must be 0 or more.");
            }
        });
        var opts = new AssumptionOptions();
        var command = new Command("report", "Write an HTML report of the whole dataset: every claim with its provenance, the comparisons, the checks table and the charts (image files). The checks are the declared ones: the shipped article's, or those of --checks FILE; --fx, --energy-content and --density fill in what a declared check leaves unstated. Opens offline in a browser. Progress goes to stderr.") { output, images, maxCharts };
        opts.AddConversion(command);
        command.SetAction(pr => CommandLine.Execute(pr, g, stdout, stderr, ctx =>
        {
            var dir = pr.GetValue(output)!;
            var format = pr.GetValue(images) == "svg" ? ImageFormat.Svg : ImageFormat.Png;
            CliPaths.Require(dir, "-o");
            if (File.Exists(dir))
            {
                throw new CliException(ExitCodes.Usage, $"'{dir}' is a file; expected a folder for the report (-o DIR).");
            }

            var result = Write(ctx, dir, format, opts, pr, pr.GetValue(maxCharts));
            if (ctx.Json)
            {
                var o = new JsonObject
                {
                    ["directory"] = dir,
                    ["index"] = Path.Combine(dir, IndexFile),
                    ["files"] = JsonModel.Strings(result.Files),
                    ["claims"] = result.Model.Claims.Count,
                    ["comparisons"] = result.Model.Comparisons.Count,
                    ["checks"] = result.Model.Checks.Count,
                    ["charts"] = result.Model.Charts.Count(c => c.File is not null),
                    ["checksFile"] = ctx.ChecksPath,
                    ["assumptionsStated"] = JsonModel.Strings(result.Model.Assumptions),
                    ["chartsLeftOut"] = result.Model.ChartsLeftOut.Count,
                };
                ctx.Out.WriteLine(JsonModel.Serialize(o));
            }
            else
            {
                ctx.Out.WriteLine(CommandLine.Inv(
                    $"Wrote {Path.Combine(dir, IndexFile)}: {result.Model.Claims.Count} claims, {result.Model.Comparisons.Count} comparisons, {result.Model.Checks.Count} checks, {result.Model.Charts.Count(c => c.File is not null)} charts{(result.Model.ChartsLeftOut.Count > 0 ? $" ({result.Model.ChartsLeftOut.Count} more left out: --max-charts)" : string.Empty)}."));
                foreach (var line in result.Model.Assumptions)
                {
                    ctx.Out.WriteLine("Assumed: " + line);
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    internal sealed record Result(ReportModel Model, IReadOnlyList<string> Files);

    internal static Result Write(CliContext ctx, string dir, ImageFormat format) => Write(ctx, dir, format, null, null);

    internal static Result Write(CliContext ctx, string dir, ImageFormat format, AssumptionOptions? opts, ParseResult? pr, int maxCharts = DefaultMaxCharts)
    {
        const int steps = 5;
        ctx.Progress(CommandLine.Inv($"report [1/{steps}] loading claims from {ctx.DatasetName}"));
        var claims = ctx.Claims;

        var allPairs = Comparisons.PairsForReport(claims).Take(MaxComparisons + 1).ToList();
        var pairs = allPairs.Take(MaxComparisons).ToList();
        ctx.Progress(CommandLine.Inv($"report [2/{steps}] comparing {pairs.Count} pair(s) of claims{(allPairs.Count > MaxComparisons ? $" (the first {MaxComparisons})" : string.Empty)}"));
        var comparisons = new List<ComparisonView>();
        var problems = new List<(Claim, Claim, string)>();
        foreach (var (a, b) in pairs)
        {
            try
            {
                comparisons.Add(Comparisons.Compare(a, b));
            }
            catch (EnergyFiguresException e)
            {
                problems.Add((a, b, $"{e.Code} {e.Message}"));
            }
        }

        ctx.Progress(CommandLine.Inv($"report [3/{steps}] checking {claims.Count} claim(s) against reference data"));
        var checks = ctx.Declarations is { } declared
            ? ClaimChecks.CheckDeclared(claims, opts is null || pr is null ? declared : Fill(declared, opts, pr))
            : ClaimChecks.CheckAll(claims);

        var allSpecs = ChartRenderer.ChartsForReport(claims, checks);
        var specs = allSpecs.Take(maxCharts).ToList();
        var leftOut = allSpecs.Skip(maxCharts).ToList();
        var ext = format == ImageFormat.Png ? ".png" : ".svg";
        var fileNames = new List<string> { IndexFile, Path.Combine(ChartsFolder, ReportFolder.ManifestName) };
        fileNames.AddRange(specs.Select(s => Path.Combine(ChartsFolder, s.Name + ext)));
        ctx.Guard.CheckOutputFolder(dir, fileNames);

        // Record what this report writes before writing it (a report killed half-way is still cleaned up next time).
        var ours = specs.Select(s => ChartsFolder + "/" + s.Name + ext).Prepend(IndexFile).ToList();
        var previous = ReportFolder.ReadManifest(dir);
        ReportFolder.WriteManifest(dir, previous.Concat(ours));

        ctx.Progress(CommandLine.Inv($"report [4/{steps}] drawing {specs.Count} chart(s){(leftOut.Count > 0 ? $" ({leftOut.Count} more left out: --max-charts {maxCharts})" : string.Empty)}"));
        var charts = new List<ReportChart>();
        var written = new List<string>();
        int n = 0;
        foreach (var spec in specs)
        {
            n++;
            var rel = ChartsFolder + "/" + spec.Name + ext;
            try
            {
                var chart = spec.Build();
                var bytes = ChartRenderer.Render(chart, format);
                var path = Path.Combine(dir, ChartsFolder, spec.Name + ext);
                AtomicFile.WriteAllBytes(path, bytes);
                charts.Add(new ReportChart(spec, rel, chart.Caption, null));
                written.Add(path);
                ctx.Progress(CommandLine.Inv($"report       chart {n}/{specs.Count}: {rel}"));
            }
            catch (Exception e) when (e is EnergyFiguresException or ArgumentException or InvalidOperationException)
            {
                var why = CommandLine.Safe(e is EnergyFiguresException f ? $"{f.Code} {f.Message}" : e.Message);
                charts.Add(new ReportChart(spec, null, [], why));
                ctx.Progress(CommandLine.Inv($"report       chart {n}/{specs.Count}: not drawn: {why}"));
            }
        }

        var model = new ReportModel(ctx.DatasetName, claims, comparisons, problems, checks, charts)
        {
            ChecksFile = ctx.ChecksPath is null ? null : Path.GetFileName(ctx.ChecksPath),
            Assumptions = opts is null || pr is null ? [] : opts.Cited(pr),
            ChartsLeftOut = leftOut,
            MaxCharts = maxCharts,
        };
        var index = Path.Combine(dir, IndexFile);
        ctx.Progress(CommandLine.Inv($"report [5/{steps}] writing {index}"));
        AtomicFile.WriteAllText(index, HtmlReport.Render(model));
        written.Insert(0, index);

        var removed = ReportFolder.CleanStale(dir, previous, ours.ToHashSet(StringComparer.Ordinal), ctx.Guard);
        ReportFolder.WriteManifest(dir, ours);
        if (removed.Count > 0)
        {
            ctx.Progress(CommandLine.Inv($"report       removed {removed.Count} stale file(s) of an earlier report"));
        }
        return new Result(model, written);
    }

    /// <summary>The declarations with the command line's conversion assumptions filling in what each leaves unstated.</summary>
    private static List<EnergyFigures.Checks.CheckDeclaration> Fill(IReadOnlyList<EnergyFigures.Checks.CheckDeclaration> declared, AssumptionOptions opts, ParseResult pr)
    {
        var rule = opts.Rule(pr);
        var energy = opts.Energy(pr);
        var density = opts.DensityOf(pr);
        return declared.Select(d => d.Options is not { } o ? d : d with
        {
            Options = o with
            {
                ExchangeRates = o.ExchangeRates ?? rule,
                GasEnergyContent = o.GasEnergyContent ?? energy,
                Assumptions = density is null || o.Assumptions.Any(a => a.Value.Unit.IsConvertibleTo(density.Value.Unit)) ? o.Assumptions : [.. o.Assumptions, density],
            },
        }).ToList();
    }
}
