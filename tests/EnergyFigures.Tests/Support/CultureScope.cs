using System.Globalization;

namespace EnergyFigures.Tests.Support;

/// <summary>Sets the current culture and UI culture for a block, then restores them.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _ui;

    public CultureScope(string name)
    {
        _culture = CultureInfo.CurrentCulture;
        _ui = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public static IEnumerable<object[]> HostileCultures =>
        new[] { "de-DE", "ru-RU", "tr-TR", "ar-SA", "fr-FR" }.Select(c => new object[] { c });

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _ui;
    }
}
