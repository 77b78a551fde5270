// A first program against the EnergyFigures package: two shipped claims compared with their lineage,
// then drawn on one chart.
using System.Globalization;
using EnergyFigures;
using EnergyFigures.Charts;
using EnergyFigures.Claims;
using EnergyFigures.Derivation;

var claims = ClaimSet.Shipped;
var offer = claims["gas-price-offered-2020"];
var spot = claims["europe-spot-gas-price-2020-02"];

Console.WriteLine($"claims: {claims.Count}");
Console.WriteLine($"A: {offer.Id}: {offer.Figure.Text} = {offer.Figure.ToString("I", CultureInfo.InvariantCulture)}");
Console.WriteLine($"B: {spot.Id}: {spot.Figure.Text} = {spot.Figure.ToString("I", CultureInfo.InvariantCulture)}");
var difference = Compare.Difference(Derive.From(offer), Derive.From(spot));
Console.WriteLine($"difference: {difference}");
Console.WriteLine($"explained: {difference.Explain()}");
Console.WriteLine($"source: {offer.Citation}");

var chart = Chart.Comparison("Gas prices in the article", [offer, spot]);
var png = chart.ToPng();
var svg = chart.ToSvg();
var path = Path.Combine(AppContext.BaseDirectory, "gas.png");
File.WriteAllBytes(path, png);
Console.WriteLine($"png: {png.Length} bytes, signature {(png.AsSpan(1, 3).SequenceEqual("PNG"u8) ? "ok" : "bad")}");
Console.WriteLine($"svg: {(svg.Contains("under $100", StringComparison.Ordinal) ? "has the bound label" : "lacks the bound label")}");
Console.WriteLine($"caption: {chart.Caption[0]}");
