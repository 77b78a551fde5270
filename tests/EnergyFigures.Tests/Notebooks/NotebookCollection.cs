namespace EnergyFigures.Tests.Notebooks;

/// <summary>
/// The .NET Interactive formatter registry is process-global, and the notebook run packs and starts
/// processes: these tests run one at a time, apart from the others.
/// </summary>
[CollectionDefinition(nameof(NotebookCollection), DisableParallelization = true)]
public sealed class NotebookCollection;
