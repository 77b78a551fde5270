namespace EnergyFigures.Notebooks;

/// <summary>
/// Names the formatter source of a type for .NET Interactive (Polyglot Notebooks, Jupyter). The notebook
/// kernel matches this attribute by its name, so the library needs no dependency on
/// Microsoft.DotNet.Interactive: a plain <c>#r "nuget: EnergyFigures"</c> renders our types as HTML.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Names the formatter source.</summary>
    /// <param name="formatterSourceType">A type with a public parameterless constructor and a <c>CreateTypeFormatters()</c> method.</param>
    public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;

    /// <summary>The formatter source type (the kernel reads this property by name).</summary>
    public Type FormatterSourceType { get; }
}
