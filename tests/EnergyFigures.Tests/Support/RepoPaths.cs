namespace EnergyFigures.Tests.Support;

/// <summary>Finds the repository root and the shared folder beside the clone.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EnergyFigures.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("EnergyFigures.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootLazy.Value;

    public static string Data(params string[] parts) => Path.Combine([Root, "data", .. parts]);

    /// <summary>The shared folder: ../shared beside the clone (CI has it there).</summary>
    public static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));

    public static string ArticlePath => Shared("seed", "article.md");
}
