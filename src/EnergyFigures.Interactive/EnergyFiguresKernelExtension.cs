using System.Globalization;
using EnergyFigures.Claims;
using EnergyFigures.Notebooks;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace EnergyFigures.Interactive;

/// <summary>
/// Loaded by .NET Interactive from the EnergyFigures package (interactive-extensions/dotnet) on
/// <c>#r "nuget: EnergyFigures"</c> or any package that depends on it. Registers, through public API only, the
/// HTML of this package's types (<see cref="NotebookHtml"/>), query results over claims as the claims table, and
/// dates as ISO dates. Charts have their own extension in the EnergyFigures.Charts package.
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
        foreach (var type in NotebookHtml.Types)
        {
            Formatter.Register(type, (value, writer) => NotebookHtml.TryWrite(value, writer), HtmlFormatter.MimeType);
        }

        // Dates as ISO dates (DataFrame date columns, Period.Start), not as expandable objects.
        Formatter.Register<DateOnly>(
            (date, writer) => writer.Write(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            HtmlFormatter.MimeType);
        Formatter.Register<DateOnly>(
            (date, writer) => writer.Write(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            PlainTextFormatter.MimeType);

        // A LINQ query over claims (claims.Where(...), .OrderBy(...)) shows as the claims table too.
        Formatter.Register<IEnumerable<Claim>>(
            (claims, writer) => writer.Write(NotebookHtml.ToHtml(ClaimSet.Create(claims.DistinctBy(c => c.Id)))),
            HtmlFormatter.MimeType);
    }
}
