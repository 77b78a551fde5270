using System.Runtime.InteropServices;
using EnergyFigures.Cli;
using EnergyFigures.Tests.Cli;
using EnergyFigures.Tests.Packaging;
using EnergyFigures.Tests.Support;

namespace EnergyFigures.Tests.Reliability;

/// <summary>
/// Issue 13, item 1: the guard that refuses to overwrite an input compares files by identity (every link on
/// every component resolved, device and inode), not by spelling. The reproductions of the issue run as written:
/// the real <c>energy-figures</c> in a child process whose working folder holds <c>real/</c> and the link <c>alias</c>.
/// </summary>
[Trait("Category", "Slow")] // starts processes or packs: outside the inner loop (docs/architecture.md)
public class PathGuardTests
{
    private const string Article = "Europe paid $127 per 1,000 cubic meters of gas in 2019, and spot prices are under $100.\n";

    /// <summary>A folder with real/sub/claims.csv, real/sub/article.txt, real/rep/index.html (a claims file) and alias -> real.</summary>
    private sealed class Layout : IDisposable
    {
        private readonly TempDir _dir = new();

        public Layout()
        {
            Directory.CreateDirectory(Path.Combine(Root, "real", "sub"));
            Directory.CreateDirectory(Path.Combine(Root, "real", "rep"));
            Claims = File.ReadAllBytes(RepoPaths.Data("claims.csv"));
            File.WriteAllBytes(Path.Combine(Root, "real", "sub", "claims.csv"), Claims);
            File.WriteAllBytes(Path.Combine(Root, "real", "rep", "index.html"), Claims);
            File.WriteAllText(Path.Combine(Root, "real", "sub", "article.txt"), Article);
            Directory.CreateSymbolicLink(Path.Combine(Root, "alias"), "real");
        }

        public string Root => _dir.Path;

        public byte[] Claims { get; }

        public byte[] Read(string relative) => File.ReadAllBytes(Path.Combine(Root, relative));

        /// <summary>Runs energy-figures in a child process, in <see cref="Root"/>.</summary>
        public ProcessRunner.Result Run(params string[] args) =>
            ProcessRunner.Run(ProcessRunner.Dotnet, [Path.Combine(AppContext.BaseDirectory, "energy-figures.dll"), .. args], Root, timeoutSeconds: 120);

        public void Dispose() => _dir.Dispose();
    }

    private static bool Unix => !OperatingSystem.IsWindows();

    [Fact]
    public void Extract_refuses_claims_output_through_a_link_on_a_higher_folder()
    {
        if (!Unix)
        {
            return; // creating links needs privileges on Windows
        }

        using var l = new Layout();
        var r = l.Run("--data", "real/sub/claims.csv", "extract", "real/sub/article.txt", "-o", "alias/sub/claims.csv");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("Refusing to write 'alias/sub/claims.csv': it is the input file 'real/sub/claims.csv'", r.Err, StringComparison.Ordinal);
        Assert.Equal(l.Claims, l.Read("real/sub/claims.csv"));
    }

    [Fact]
    public void Extract_refuses_to_write_over_the_article_through_a_link_on_a_higher_folder()
    {
        if (!Unix)
        {
            return;
        }

        using var l = new Layout();
        var r = l.Run("--data", "real/sub/claims.csv", "extract", "real/sub/article.txt", "-o", "alias/sub/article.txt");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("it is the input file 'real/sub/article.txt'", r.Err, StringComparison.Ordinal);
        Assert.Equal(Article, File.ReadAllText(Path.Combine(l.Root, "real", "sub", "article.txt")));
    }

    [Fact]
    public void Report_refuses_a_folder_that_holds_the_data_file_through_a_link()
    {
        if (!Unix)
        {
            return;
        }

        using var l = new Layout();
        var r = l.Run("--data", "real/rep/index.html", "report", "-o", "alias/rep");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("it is the input file 'real/rep/index.html'", r.Err, StringComparison.Ordinal);
        Assert.Equal(l.Claims, l.Read("real/rep/index.html"));
        Assert.Equal(["index.html"], Directory.GetFiles(Path.Combine(l.Root, "real", "rep")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("/proc/self/cwd/real/sub/claims.csv")]
    [InlineData("/proc/self/cwd/alias/sub/claims.csv")]
    [InlineData("alias/sub/../sub/claims.csv")]
    [InlineData("./alias//sub/./claims.csv")]
    [InlineData("real/../alias/sub/claims.csv")]
    public void Extract_refuses_other_spellings_of_the_claims_file(string output)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc is Linux's
        }

        using var l = new Layout();
        var r = l.Run("--data", "real/sub/claims.csv", "extract", "real/sub/article.txt", "-o", output);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("Refusing to write", r.Err, StringComparison.Ordinal);
        Assert.Equal(l.Claims, l.Read("real/sub/claims.csv"));
    }

    [Fact]
    public void Extract_refuses_a_hard_link_of_the_claims_file()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var l = new Layout();
        var ln = ProcessRunner.Run("ln", ["real/sub/claims.csv", "hard.csv"], l.Root);
        Assert.Equal(0, ln.ExitCode);
        var r = l.Run("--data", "real/sub/claims.csv", "extract", "real/sub/article.txt", "-o", "hard.csv");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("it is the input file 'real/sub/claims.csv'", r.Err, StringComparison.Ordinal);
        Assert.Equal(l.Claims, l.Read("real/sub/claims.csv"));
    }

    [Fact]
    public void Extract_still_writes_a_new_file_through_the_link()
    {
        if (!Unix)
        {
            return;
        }

        using var l = new Layout();
        var r = l.Run("--data", "real/sub/claims.csv", "extract", "real/sub/article.txt", "-o", "alias/sub/drafts.csv");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.StartsWith("id,", File.ReadAllText(Path.Combine(l.Root, "real", "sub", "drafts.csv")), StringComparison.Ordinal);
        Assert.Equal(l.Claims, l.Read("real/sub/claims.csv"));
    }

    [Fact]
    public void Resolve_applies_dot_dot_after_a_link_to_the_links_target()
    {
        if (!Unix)
        {
            return;
        }

        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "a", "b"));
        Directory.CreateDirectory(Path.Combine(dir.Path, "c"));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "c", "link"), Path.Combine(dir.Path, "a", "b"));
        var real = FileIdentity.Resolve(dir.Path);

        // c/link/.. is a (the parent of the target), not c as a lexical reading would say.
        Assert.Equal(Path.Combine(real, "a", "x.csv"), FileIdentity.Resolve(Path.Combine(dir.Path, "c", "link", "..", "x.csv")));

        // A relative link that points through another link.
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "rel"), Path.Combine("c", "link"));
        Assert.Equal(Path.Combine(real, "a", "b", "y"), FileIdentity.Resolve(Path.Combine(dir.Path, "rel", "y")));

        // A loop ends (kept as spelled) instead of hanging.
        File.CreateSymbolicLink(Path.Combine(dir.Path, "loop"), Path.Combine(dir.Path, "loop"));
        Assert.EndsWith("loop", FileIdentity.Resolve(Path.Combine(dir.Path, "loop")), StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_uses_device_and_inode_on_linux()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return;
        }

        using var dir = new TempDir();
        var a = dir.Write("a.csv", "x");
        var b = dir.Write("b.csv", "x");
        var ia = FileIdentity.Of(a);
        Assert.True(ia.HasInode);
        Assert.Equal(FileKind.Regular, ia.Kind);
        Assert.False(ia.IsSameFileAs(FileIdentity.Of(b)));
        Assert.True(ia.IsSameFileAs(FileIdentity.Of("/proc/self/root" + a)));
        Assert.Equal(FileKind.Directory, FileIdentity.Of(dir.Path).Kind);
        Assert.Equal(FileKind.Other, FileIdentity.Of("/dev/null").Kind);
        Assert.Equal(FileKind.Missing, FileIdentity.Of(dir.File("absent")).Kind);
    }
}
