using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using EnergyFigures.Cli.Commands;
using EnergyFigures.Csv;
using EnergyFigures.Errors;
using EnergyFigures.TextHandling;
using EnergyFigures.Data;

namespace EnergyFigures.Cli;

/// <summary>
/// The <c>energy-figures</c> command line, built on System.CommandLine. <see cref="Run"/> never throws for bad
/// input: every failure becomes one line on stderr and one of the documented <see cref="ExitCodes"/>.
/// </summary>
public static class CommandLine
{
    /// <summary>The program name shown in help and messages.</summary>
    public const string Name = "energy-figures";

    /// <summary>Runs the command line and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output (results).</param>
    /// <param name="stderr">Standard error (errors and progress).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var root = Build(stdout, stderr);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                var command = parse.CommandResult.Command;
                var path = command == root ? Name : Name + " " + command.Name;
                stderr.WriteLine($"{Name}: error: {Sentence(parse.Errors[0].Message)} Run '{path} --help' for usage.");
                return ExitCodes.Usage;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // Last resort: handlers catch their own errors; anything here is a bug. Still one line, no stack trace.
            stderr.WriteLine($"{Name}: internal error: {e.GetType().Name}: {Safe(e.Message)}");
            return ExitCodes.Internal;
        }
    }

    private static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var g = new GlobalOptions();
        var root = new Command(Name, "Typed, sourced quantitative claims about energy prices and trade: list, show, compare, check and chart them, validate claims files, write an HTML report.")
        {
            new HelpOption(),
            new VersionOption(),
            g.Data,
            g.Checks,
            g.Format,
        };
        root.Add(ListCommand.Create(g, stdout, stderr));
        root.Add(ShowCommand.Create(g, stdout, stderr));
        root.Add(CompareCommand.Create(g, stdout, stderr));
        root.Add(CheckCommand.Create(g, stdout, stderr));
        root.Add(ChartCommand.Create(g, stdout, stderr));
        root.Add(ReportCommand.Create(g, stdout, stderr));
        root.Add(ValidateCommand.Create(g, stdout, stderr));
        root.Add(ExtractCommand.Create(g, stdout, stderr));
        root.Add(SeriesCommand.Create(g, stdout, stderr));
        root.Add(ReportedCommand.Create(g, stdout, stderr));
        root.Add(ExportCommand.Create(g, stdout, stderr));
        root.Add(CompletionCommand.Create(root, stdout));
        root.SetAction(pr =>
        {
            stderr.WriteLine($"{Name}: error: a command is required. Run '{Name} --help' for the list of commands.");
            return ExitCodes.Usage;
        });
        return root;
    }

    /// <summary>Runs a command body with the shared error handling: one line on stderr, a documented exit code.</summary>
    internal static int Execute(ParseResult parse, GlobalOptions g, TextWriter stdout, TextWriter stderr, Func<CliContext, int> body)
    {
        try
        {
            var given = parse.GetValue(g.Format);
            if (given is not ("text" or "json") && parse.CommandResult.Command.Name != "export")
            {
                throw new CliException(ExitCodes.Usage, $"--format {given} applies to 'export' only; this command writes text or json.");
            }

            var format = string.Equals(given, "json", StringComparison.OrdinalIgnoreCase) ? OutputFormat.Json : OutputFormat.Text;
            var context = new CliContext(stdout, stderr, format, parse.GetValue(g.Data), parse.GetValue(g.Checks));
            return body(context);
        }
        catch (Exception e)
        {
            var (code, message) = Classify(e);
            stderr.WriteLine($"{Name}: error: {Safe(message)}");
            return code;
        }
    }

    internal static (int Code, string Message) Classify(Exception e) => e switch
    {
        CliException c => (c.ExitCode, c.Message),
        ClaimsFileException f => (ExitCodes.InvalidData, f.Message),
        UnknownIdException x => (ExitCodes.NotFound, $"{x.Code} {x.Message}{OtherKinds(x)}"),
        EnergyFiguresException x => x.Category switch
        {
            ErrorCategory.Unreadable => (ExitCodes.IoError, $"{x.Code} {x.Message}"),
            ErrorCategory.InvalidData => (ExitCodes.InvalidData, $"{x.Code} {x.Message}"),
            _ => (ExitCodes.CannotCompute, $"{x.Code} {Analysis.AssumptionOptions.ForCommandLine(x.Code, x.Message)}"),
        },
        IOException or UnauthorizedAccessException => (ExitCodes.IoError, e.Message),
        _ => (ExitCodes.Internal, $"internal error ({e.GetType().Name}): {e.Message} Please report this with the command line."),
    };

    /// <summary>
    /// For an unknown id, the similar ids of the other kinds (claims, reference series, reported figures): an id
    /// given to the wrong option, or mistyped, is found wherever it lives.
    /// </summary>
    private static string OtherKinds(UnknownIdException x)
    {
        var id = x.Id;
        var hints = new List<string>();
        if (x.Code != ErrorCodes.UnknownSeries)
        {
            var series = SimilarIds.Find(id, Reference.ReferenceLibrary.Shipped.Ids);
            if (series.Count > 0)
            {
                hints.Add($"reference series {string.Join(", ", series)} (check ID --series SERIES)");
            }
        }

        var reported = SimilarIds.Find(id, Reference.ReportedFigures.Shipped.Select(c => c.Id));
        if (reported.Count > 0)
        {
            hints.Add($"reported figures {string.Join(", ", reported)} (check ID --against FIGURE)");
        }

        if (x.Code == ErrorCodes.UnknownSeries)
        {
            var claims = SimilarIds.Find(id, Claims.ClaimSet.Shipped.Select(c => c.Id));
            if (claims.Count > 0)
            {
                hints.Add($"claims {string.Join(", ", claims)}");
            }
        }

        return hints.Count == 0 ? string.Empty : " Similar ids of other kinds: " + string.Join("; ", hints) + ".";
    }

    /// <summary>Makes a message one line: line breaks become spaces.</summary>
    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>A message made one line (see <see cref="OneLine"/>) and safe for a terminal: every control or bidirectional character left is escaped.</summary>
    internal static string Safe(string message) => EnergyFigures.TextHandling.MessageText.Escape(OneLine(message));

    private static string Sentence(string message)
    {
        var m = Safe(message);
        return m.EndsWith('.') ? m : m + ".";
    }

    /// <summary>Formats with the invariant culture.</summary>
    internal static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The options every command takes.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Data { get; } = new("--data")
    {
        Description = "Work on this claims CSV (the schema of data/README.md) instead of the shipped dataset.",
        HelpName = "FILE",
        Recursive = true,
    };

    public Option<string?> Checks { get; } = new("--checks")
    {
        Description = "Run the checks declared in this checks CSV (the schema of data/README.md, \"checks.csv\") on the claims, instead of the shipped article's.",
        HelpName = "FILE",
        Recursive = true,
    };

    public Option<string> Format { get; } = CreateFormat();

    private static Option<string> CreateFormat()
    {
        var o = new Option<string>("--format")
        {
            Description = "Output format: text for people, json for scripts (decimals as exact JSON numbers). 'export' also writes csv, jsonl, arrow, parquet, claimreview (schema.org JSON-LD), quickstatements and wikidata (statements as JSON).",
            HelpName = "text|json|csv|jsonl|arrow|parquet|claimreview|quickstatements|wikidata",
            Recursive = true,
            DefaultValueFactory = _ => "text",
        };
        o.AcceptOnlyFromAmong("text", "json", "csv", "jsonl", "ndjson", "arrow", "parquet", "claimreview", "quickstatements", "wikidata");
        return o;
    }
}
