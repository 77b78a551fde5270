using System.Text.Json;
using EnergyFigures.Cli;

namespace EnergyFigures.Tests.Cli;

/// <summary>Runs the command line in process and captures its output.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Err)
    {
        public JsonDocument Json() => JsonDocument.Parse(Out);

        /// <summary>stderr holds exactly one error line (progress lines aside), and no stack trace.</summary>
        public string SingleErrorLine()
        {
            var lines = Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l.Contains("error", StringComparison.Ordinal)).ToArray();
            Assert.Single(lines);
            Assert.DoesNotContain("   at ", Err);
            Assert.DoesNotContain("Exception", Err);
            return lines[0];
        }
    }

    public static Result Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = EnergyFigures.Cli.CommandLine.Run(args, o, e);
        return new Result(code, o.ToString().Replace("\r\n", "\n"), e.ToString().Replace("\r\n", "\n"));
    }
}

/// <summary>A temporary folder, deleted at the end.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ef-cli-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var p = File(name);
        System.IO.File.WriteAllText(p, text);
        return p;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
