using EnergyFigures.Claims;
using EnergyFigures.Notebooks;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace EnergyFigures.Interactive;

/// <summary>
/// Loaded by .NET Interactive from the EnergyFigures package (interactive-extensions/dotnet) on
/// <c>#r "nuget: EnergyFigures"</c>. Our own types carry their HTML formatters by convention; this extension
/// adds the formatters for types the core does not own: query results of claims and images of charts.
/// </summary>
public sealed class EnergyFiguresKernelExtension : IKernelExtension
{
    /// <inheritdoc />
    public Task OnLoadAsync(Kernel kernel)
    {
        Register();
        return Task.CompletedTask;
    }

    /// <summary>Registers the formatters (idempotent; the formatter registry is process-global).</summary>
    public static void Register()
    {
        // A LINQ query over claims (claims.Where(...), .OrderBy(...)) shows as the claims table too.
        Formatter.Register<IEnumerable<Claim>>(
            (claims, writer) => writer.Write(HtmlRenderer.ToHtml(ClaimSet.Create(claims.DistinctBy(c => c.Id)))),
            HtmlFormatter.MimeType);
    }
}
