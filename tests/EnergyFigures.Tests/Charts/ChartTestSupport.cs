using System.Buffers.Binary;
using System.Xml;
using EnergyFigures.Charts;

namespace EnergyFigures.Tests.Charts;

/// <summary>Chart tests share ScottPlot's process-wide font state: never run them in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChartCollection
{
    public const string Name = "Charts (global font state)";
}

internal static class ChartTestSupport
{
    /// <summary>Width and height from the PNG's IHDR chunk (big-endian at bytes 16..23).</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.True(png.Length > 24, "PNG too short");
        Assert.Equal(signature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>The text lines of an SVG (one &lt;text&gt; element per line), trimmed; the SVG must be well-formed XML.</summary>
    public static List<string> SvgTexts(string svg)
    {
        var doc = new XmlDocument { XmlResolver = null };
        doc.LoadXml(svg);
        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("s", "http://www.w3.org/2000/svg");
        return doc.SelectNodes("//s:text", ns)!.Cast<XmlNode>().Select(n => n.InnerText.Trim()).Where(t => t.Length > 0).ToList();
    }

    /// <summary>All SVG text joined with spaces (wrapped lines rejoin into sentences).</summary>
    public static string SvgAllText(string svg) => string.Join(" ", SvgTexts(svg).Select(t => t.Trim()));

    public static ChartOptions Small => new() { Width = 700, Height = 420 };
}
