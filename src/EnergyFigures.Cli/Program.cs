using System.Globalization;
using EnergyFigures.Claims;
using EnergyFigures.Cli;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
return CommandLine.Run(args, Console.Out, Console.Error);
