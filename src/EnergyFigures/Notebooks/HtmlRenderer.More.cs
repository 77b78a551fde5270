namespace EnergyFigures.Notebooks;

/// <summary>HTML for the types of the comparison, reference and check modules.</summary>
internal static partial class HtmlRenderer
{
    private static partial bool TryWriteMore(object? instance, TextWriter writer) => false;
}
