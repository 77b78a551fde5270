using System.Text;
using System.Text.RegularExpressions;
using EnergyFigures.Tests.Support;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace EnergyFigures.Tests.Docs;

/// <summary>What a documentation block prints, statement by statement (the script's globals).</summary>
public sealed class DocsGlobals
{
    /// <summary>The text each marked <c>Console.WriteLine</c> printed, by its number.</summary>
    public Dictionary<int, string> Printed { get; } = [];

    /// <summary>Records what statement <paramref name="n"/> prints.</summary>
    public void Print(int n, object? value) => Printed[n] = value?.ToString() ?? string.Empty;
}

/// <summary>
/// Every C# block of the README and of <c>docs/*.md</c> is compiled and run (as a C# script against the
/// library), and every <c>Console.WriteLine(...)</c> with a comment showing its output — on the same line, or
/// on the <c>//</c> lines right below it — prints exactly that (a parenthesised remark after the output, such as
/// <c>(rounded outward; …)</c>, is allowed). Notebook cells (<c>#r</c>/<c>#i</c>) are run by the notebook tests.
/// </summary>
[Collection(EnergyFigures.Tests.Charts.ChartCollection.Name)]
public sealed class DocsCodeBlockTests
{
    private const string CellSeparator = "\n//---- next cell ----\n";

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, index, _) in AllBlocks())
        {
            data.Add(file, index);
        }

        return data;
    }

    private static IEnumerable<(string File, int Index, string Code)> AllBlocks()
    {
        var files = new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md").Select(f => Path.Combine("docs", Path.GetFileName(f))).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var text = File.ReadAllText(Path.Combine(RepoPaths.Root, file)).ReplaceLineEndings("\n");
            int i = 0;
            var cells = new List<string>();
            foreach (Match m in Regex.Matches(text, "```csharp\n(.*?)```", RegexOptions.Singleline))
            {
                var code = m.Groups[1].Value;
                if (code.StartsWith("// cell ", StringComparison.Ordinal))
                {
                    // Notebook cells: run in order as one session of submissions (after the package cell, which the
                    // notebook tests run), each showing its last value as a notebook does.
                    if (!Regex.IsMatch(code, @"^\s*#(r|i) ", RegexOptions.Multiline))
                    {
                        cells.Add(code);
                    }
                }
                else if (!Regex.IsMatch(code, @"^\s*#(r|i) ", RegexOptions.Multiline))
                {
                    yield return (file, i, code);
                }

                i++;
            }

            if (cells.Count > 0)
            {
                yield return (file, -1, string.Join(CellSeparator, cells));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    [Trait("Category", "Slow")]
    public async Task The_block_compiles_runs_and_prints_what_its_comments_say(string file, int index)
    {
        var code = AllBlocks().Single(b => b.File == file && b.Index == index).Code;
        var (script, expected) = Instrument(code);
        var dir = Path.Combine(Path.GetTempPath(), "ef-docs-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var cwd = Environment.CurrentDirectory;
        var globals = new DocsGlobals();
        try
        {
            // Blocks may write files (chart.SavePng("spread.png")): into a temporary folder.
            Environment.CurrentDirectory = dir;
            var options = ScriptOptions.Default
                .WithReferences(typeof(EnergyFigures.Claims.ClaimSet).Assembly, typeof(EnergyFigures.Charts.Chart).Assembly, typeof(EnergyFigures.Interchange.DataExport).Assembly, typeof(ScottPlot.Plot).Assembly, typeof(Microsoft.Data.Analysis.DataFrame).Assembly)
                .WithImports("System", "System.IO", "System.Linq", "System.Collections.Generic");
            ScriptState<object>? state = null;
            foreach (var cell in script.Split(CellSeparator))
            {
                state = state is null ? await CSharpScript.RunAsync(cell, options, globals) : await state.ContinueWithAsync(cell, options);
                Assert.Null(state.Exception);
            }
        }
        catch (CompilationErrorException e)
        {
            Assert.Fail($"{file}, C# block {index + 1} does not compile:\n{string.Join("\n", e.Diagnostics)}\n{code}");
        }
        finally
        {
            Environment.CurrentDirectory = cwd;
            Directory.Delete(dir, recursive: true);
        }

        foreach (var (n, comment) in expected)
        {
            Assert.True(globals.Printed.TryGetValue(n, out var actual), $"{file}, block {index + 1}: statement {n} did not run");
            var ok = actual == comment || (comment.StartsWith(actual + " (", StringComparison.Ordinal) && comment.EndsWith(')'));
            Assert.True(ok, $"{file}, block {index + 1}: the comment says\n  {comment}\nbut the code prints\n  {actual}");
        }
    }

    /// <summary>Rewrites each <c>Console.WriteLine(X);</c> into a recorded print, and collects the output comments.</summary>
    internal static (string Script, List<(int N, string Comment)> Expected) Instrument(string code)
    {
        var lines = code.Split('\n');
        var sb = new StringBuilder();
        var expected = new List<(int, string)>();
        int n = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var m = Regex.Match(line, @"^(\s*)Console\.WriteLine\((.*)\);\s*(//\s?(.*))?$");
            if (!m.Success)
            {
                sb.Append(line).Append('\n');
                continue;
            }

            n++;
            sb.Append(m.Groups[1].Value).Append("Print(").Append(n).Append(", ").Append(m.Groups[2].Value).Append(");\n");
            var comment = m.Groups[3].Success ? m.Groups[4].Value.Trim() : string.Empty;
            // An output continued (or given only) on the comment lines right below.
            while (i + 1 < lines.Length && Regex.IsMatch(lines[i + 1], @"^\s*//") && !m.Groups[3].Success)
            {
                i++;
                var more = Regex.Replace(lines[i], @"^\s*//\s?", string.Empty).Trim();
                comment = comment.Length == 0 ? more : comment + " " + more;
                sb.Append('\n');
            }

            if (comment.Length > 0)
            {
                expected.Add((n, comment));
            }
        }

        return (sb.ToString(), expected);
    }
}
