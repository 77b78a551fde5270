using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EnergyFigures.Tests.Layers;

/// <summary>
/// The architecture rule of docs/architecture.md, read from the compiled assemblies: model → data →
/// calculations → presentation, one way, no cycles; and which packages each assembly may use.
/// </summary>
public class LayerTests
{
    private static readonly string[] All =
    [
        "EnergyFigures",
        "EnergyFigures.Charts",
        "EnergyFigures.Interchange",
        "EnergyFigures.Interactive",
        "EnergyFigures.Charts.Interactive",
        "energy-figures",
    ];

    public static TheoryData<string> Assemblies() => [.. All];

    private static string PathOf(string assembly) => Path.Combine(AppContext.BaseDirectory, assembly + ".dll");

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void References_run_from_lower_layers_to_higher_ones_only(string assembly)
    {
        var graph = NamespaceGraph.Read(PathOf(assembly));
        Assert.NotEmpty(graph.Edges);
        var problems = LayerRules.Violations(graph);
        Assert.True(problems.Count == 0, assembly + ":\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_core_uses_no_graphics_or_table_package()
    {
        var graph = NamespaceGraph.Read(PathOf("EnergyFigures"));
        var external = graph.External.Keys.Select(k => k.Assembly).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.DoesNotContain(external, a => a.StartsWith("ScottPlot", StringComparison.Ordinal) || a.StartsWith("SkiaSharp", StringComparison.Ordinal)
            || a.StartsWith("Microsoft.Data.Analysis", StringComparison.Ordinal) || a.StartsWith("Apache.Arrow", StringComparison.Ordinal)
            || a.StartsWith("Parquet", StringComparison.Ordinal) || a.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal));
        Assert.All(external, a => Assert.True(a == "CsvHelper" || a.StartsWith("System", StringComparison.Ordinal) || a is "netstandard" or "mscorlib" or "Microsoft.Win32.Primitives", $"The core uses {a}: only CsvHelper and the BCL are allowed."));
    }

    [Fact]
    public void Every_namespace_of_ours_has_a_layer()
    {
        foreach (var assembly in All)
        {
            var graph = NamespaceGraph.Read(PathOf(assembly));
            Assert.All(graph.Namespaces.Where(LayerRules.IsOurs), ns => Assert.NotNull(LayerRules.RankOf(ns)));
        }
    }

    // ---- the test of the test: the rule fails on a reversed reference ----

    [Fact]
    public void A_model_type_that_uses_a_chart_type_is_reported()
    {
        var graph = NamespaceGraph.Read(Compile("""
            namespace EnergyFigures.Charts { public sealed class Chart { } }
            namespace EnergyFigures.Units { public sealed class Unit { public object Draw() => new EnergyFigures.Charts.Chart(); } }
            """));
        var problem = Assert.Single(LayerRules.Violations(graph));
        Assert.StartsWith("EnergyFigures.Units (model) uses EnergyFigures.Charts (presentation)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_between_two_namespaces_is_reported()
    {
        var graph = NamespaceGraph.Read(Compile("""
            namespace EnergyFigures.Numerics { public static class A { public static int F() => EnergyFigures.Units.B.G(); } }
            namespace EnergyFigures.Units { public static class B { public static int G() => 1; public static int H() => EnergyFigures.Numerics.A.F(); } }
            """));
        var problem = Assert.Single(LayerRules.Violations(graph));
        Assert.StartsWith("EnergyFigures.Numerics (model) uses EnergyFigures.Units (model)", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[System.ComponentModel.TypeConverter(typeof(EnergyFigures.Notebooks.Renderer))] public sealed class Figure { }")]
    [InlineData("public sealed class Figure { public System.Collections.Generic.List<EnergyFigures.Notebooks.Renderer>? Items; }")]
    [InlineData("public sealed class Figure { public void F() { object o = typeof(EnergyFigures.Notebooks.Renderer); } }")]
    [InlineData("public sealed class Figure { public void F() { System.Func<int> f = () => EnergyFigures.Notebooks.Renderer.Width; } }")]
    [InlineData("public sealed class Figure { public async System.Threading.Tasks.Task F() { await System.Threading.Tasks.Task.Yield(); _ = EnergyFigures.Notebooks.Renderer.Width; } }")]
    [InlineData("public sealed class Figure : EnergyFigures.Notebooks.IShown { }")]
    [InlineData("public sealed class Figure { public int F(int x) { switch (x) { case 1: return 2; case 2: return 3; case 3: return 5; default: return EnergyFigures.Notebooks.Renderer.Width; } } }")]
    public void Every_kind_of_reference_is_seen(string figure)
    {
        var graph = NamespaceGraph.Read(Compile($$"""
            namespace EnergyFigures.Notebooks { public sealed class Renderer { public static int Width => 1; } public interface IShown { } }
            namespace EnergyFigures { {{figure}} }
            """));
        Assert.Contains(LayerRules.Violations(graph), p => p.StartsWith("EnergyFigures (model) uses EnergyFigures.Notebooks (presentation)", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unlisted_namespace_is_reported()
    {
        var graph = NamespaceGraph.Read(Compile("namespace EnergyFigures.Misc { public sealed class Thing { } }"));
        Assert.Contains(LayerRules.Violations(graph), p => p.StartsWith("EnergyFigures.Misc has no layer", StringComparison.Ordinal));
    }

    private static ImmutableArray<byte> Compile(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "LayerProbe",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var ms = new MemoryStream();
        var result = compilation.Emit(ms);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return [.. ms.ToArray()];
    }
}
