// A first program against the EnergyFigures package (the core alone: no graphics or table libraries): two
// shipped claims compared with their lineage, then one checked against the shipped reference data.
using System.Globalization;
using EnergyFigures.Checks;
using EnergyFigures.Claims;
using EnergyFigures.Data;
using EnergyFigures.Derivation;
using EnergyFigures.Reference;

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

var check = Checker.Check(spot, ReferenceLibrary.Shipped.Get("worldbank.NGAS_EUR"));
Console.WriteLine($"check: {check.Verdict}");
Console.WriteLine($"reference: {check.ReferenceInterval}");
