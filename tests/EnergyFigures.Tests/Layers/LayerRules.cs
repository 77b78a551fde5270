namespace EnergyFigures.Tests.Layers;

/// <summary>
/// The layers of docs/architecture.md as data: every namespace of our assemblies has a layer and a rank in one
/// order (model → data → calculations → presentation). A namespace may use namespaces of lower rank only, so
/// the arrows run one way and no cycle is possible; a namespace of ours without a rank is itself a violation.
/// </summary>
internal static class LayerRules
{
    /// <summary>Namespace → (layer, rank), lowest first.</summary>
    public static readonly IReadOnlyList<(string Namespace, string Layer)> Order =
    [
        // model: values, units, figures, periods, claims (with the errors and the number policy they print with)
        ("EnergyFigures.TextHandling", "model"),
        ("EnergyFigures.Errors", "model"),
        ("EnergyFigures.Numerics", "model"),
        ("EnergyFigures.Units", "model"),
        ("EnergyFigures.Formatting", "model"),
        ("EnergyFigures", "model"),
        ("EnergyFigures.Claims", "model"),

        // data: files, the embedded dataset, reference series, checks files, text in
        ("EnergyFigures.IO", "data"),
        ("EnergyFigures.Csv", "data"),
        ("EnergyFigures.Data", "data"),
        ("EnergyFigures.Reference", "data"),
        ("EnergyFigures.Extraction", "data"),

        // calculations: derivation, comparisons, conversions, checks
        ("EnergyFigures.Derivation", "calculations"),
        ("EnergyFigures.Checks", "calculations"),

        // presentation: explanations, HTML, charts, tables, notebook, CLI
        ("EnergyFigures.Notebooks", "presentation"),
        ("EnergyFigures.Charts", "presentation"),
        ("EnergyFigures.Interchange", "presentation"),
        ("EnergyFigures.Publishing", "presentation"),
        ("EnergyFigures.Interactive", "presentation"),
        ("EnergyFigures.Charts.Interactive", "presentation"),
        ("EnergyFigures.Cli", "presentation"),
    ];

    public static int? RankOf(string ns)
    {
        // A sub-namespace takes the rank of its nearest listed parent (EnergyFigures.Cli.Commands → EnergyFigures.Cli),
        // except that the root namespace covers only itself.
        for (var probe = ns; probe.Length > 0; probe = probe.Contains('.', StringComparison.Ordinal) ? probe[..probe.LastIndexOf('.')] : string.Empty)
        {
            for (int i = 0; i < Order.Count; i++)
            {
                if (Order[i].Namespace == probe && (probe != "EnergyFigures" || ns == "EnergyFigures"))
                {
                    return i;
                }
            }
        }

        return null;
    }

    public static bool IsOurs(string ns) => ns == "EnergyFigures" || ns.StartsWith("EnergyFigures.", StringComparison.Ordinal);

    /// <summary>Every reference that breaks the order, as readable lines; empty when the graph is layered.</summary>
    public static IReadOnlyList<string> Violations(NamespaceGraph graph)
    {
        var problems = new List<string>();
        foreach (var ns in graph.Namespaces.Where(IsOurs))
        {
            if (RankOf(ns) is null)
            {
                problems.Add($"{ns} has no layer: add it to LayerRules.Order and docs/architecture.md");
            }
        }

        foreach (var ((from, to), example) in graph.Edges.OrderBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal))
        {
            if (!IsOurs(from) || !IsOurs(to) || RankOf(from) is not { } a || RankOf(to) is not { } b || a == b)
            {
                continue;
            }

            if (b > a)
            {
                problems.Add($"{from} ({Order[a].Layer}) uses {to} ({Order[b].Layer}), a later layer or rank: {example}");
            }
        }

        return problems;
    }
}
