// A first program against the EnergyFigures package: two shipped claims compared, with their lineage.
using System.Globalization;
using EnergyFigures;
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
