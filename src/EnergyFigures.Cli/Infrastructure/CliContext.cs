using System.Globalization;
using EnergyFigures.Claims;
using EnergyFigures.Csv;
using EnergyFigures.Errors;
using EnergyFigures.Data;

namespace EnergyFigures.Cli;

/// <summary>The output format of a command.</summary>
internal enum OutputFormat
{
    /// <summary>Text for people.</summary>
    Text,

    /// <summary>JSON for scripts.</summary>
    Json,
}

/// <summary>What a command runs with: the writers, the format, the claims (shipped or <c>--data</c>) and the input guard.</summary>
internal sealed class CliContext
{
    private ClaimSet? _claims;
    private IReadOnlyList<EnergyFigures.Checks.CheckDeclaration>? _declarations;

    public CliContext(TextWriter stdout, TextWriter stderr, OutputFormat format, string? dataPath, string? checksPath = null)
    {
        ChecksPath = checksPath;
        if (checksPath is not null)
        {
            Guard.AddInput(checksPath);
        }

        Out = stdout;
        Error = stderr;
        Format = format;
        DataPath = dataPath;
        CliPaths.Require(dataPath, "--data");
        if (dataPath is not null)
        {
            Guard.AddInput(dataPath);
        }
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public OutputFormat Format { get; }

    public bool Json => Format == OutputFormat.Json;

    /// <summary>The <c>--data</c> file; null for the shipped dataset.</summary>
    public string? DataPath { get; }

    public InputGuard Guard { get; } = new();

    /// <summary>The <c>--checks</c> file; null when not given.</summary>
    public string? ChecksPath { get; }

    /// <summary>The declared checks of <c>--checks</c> (validated against <see cref="Claims"/>; any problem is an error); null when not given.</summary>
    public IReadOnlyList<EnergyFigures.Checks.CheckDeclaration>? Declarations => ChecksPath is null ? null : _declarations ??= LoadChecks(ChecksPath);

    /// <summary>A name for the dataset: the shipped dataset or the file name.</summary>
    public string DatasetName => DataPath is null ? "the shipped EnergyFigures dataset" : Path.GetFileName(DataPath);

    /// <summary>The claims: the <c>--data</c> file when given (validated; any problem is an error), else the shipped set.</summary>
    public ClaimSet Claims => _claims ??= LoadClaims();

    /// <summary>Writes a progress line on stderr.</summary>
    public void Progress(string message) => Error.WriteLine("energy-figures: " + CommandLine.Safe(message));

    /// <summary>Looks up a claim; an unknown id is a <see cref="ExitCodes.NotFound"/> error.</summary>
    public Claim Get(string id) => Claims.Get(id);

    private ClaimSet LoadClaims()
    {
        if (DataPath is null)
        {
            return ClaimSet.Shipped;
        }

        if (Directory.Exists(DataPath))
        {
            throw new CliException(ExitCodes.Usage, $"--data '{DataPath}' is a folder; expected a claims CSV file.");
        }

        if (!File.Exists(DataPath))
        {
            throw new CliException(ExitCodes.IoError, $"--data '{DataPath}' does not exist; expected a claims CSV file.");
        }

        var report = ClaimsCsv.Validate(DataPath);
        if (report.IsValid)
        {
            return report.Claims;
        }

        var first = report.Diagnostics[0];
        if (first.Code == ErrorCodes.FileUnreadable)
        {
            throw new CliException(ExitCodes.IoError, $"Cannot read --data '{DataPath}': {first.Message}");
        }

        throw new CliException(
            ExitCodes.InvalidData,
            string.Create(CultureInfo.InvariantCulture, $"--data '{DataPath}' has {report.ProblemCount} problem(s), the first: {first.ToString().TrimEnd('.')}. Run 'energy-figures validate {DataPath}' to see every one."));
    }

    private IReadOnlyList<EnergyFigures.Checks.CheckDeclaration> LoadChecks(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException(ExitCodes.Usage, $"--checks '{path}' is a folder; expected a checks CSV file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException(ExitCodes.IoError, $"--checks '{path}' does not exist; expected a checks CSV file.");
        }

        var report = EnergyFigures.Checks.ChecksCsv.Validate(path, Claims);
        if (report.IsValid)
        {
            return report.Declarations;
        }

        var first = report.Diagnostics[0];
        if (first.Code == ErrorCodes.FileUnreadable)
        {
            throw new CliException(ExitCodes.IoError, $"Cannot read --checks '{path}': {first.Message}");
        }

        throw new CliException(
            ExitCodes.InvalidData,
            string.Create(CultureInfo.InvariantCulture, $"--checks '{path}' has {report.Diagnostics.Count} problem(s), the first: {first.ToString().TrimEnd('.')}. Run 'energy-figures{(DataPath is null ? string.Empty : " --data " + DataPath)} validate --checks {path}' to see every one."));
    }
}
