using SharpFuzz;

namespace EnergyFigures.Fuzz;

/// <summary>
/// Entry point for afl-fuzz: <c>dotnet EnergyFigures.Fuzz.dll TARGET</c> (csv, unit or figure) under
/// afl-fuzz, or <c>dotnet EnergyFigures.Fuzz.dll TARGET FILE...</c> to replay inputs outside AFL (prints
/// each outcome; exit code 1 when any input crashes).
/// </summary>
public static class Program
{
    /// <summary>Runs a target.</summary>
    /// <param name="args">TARGET, then optional files to replay.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Targets.Names.Contains(args[0]))
        {
            Console.Error.WriteLine($"usage: EnergyFigures.Fuzz {string.Join('|', Targets.Names)} [FILE...]");
            return 2;
        }

        var target = args[0];
        if (args.Length > 1)
        {
            int crashes = 0;
            foreach (var file in args.Skip(1))
            {
                try
                {
                    using var s = File.OpenRead(file);
                    Targets.Run(target, s);
                    Console.WriteLine($"ok     {file}");
                }
#pragma warning disable CA1031 // Replay reports every unexpected exception as a crash.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    crashes++;
                    Console.WriteLine($"CRASH  {file}: {e.GetType().Name}: {e.Message}");
                    Console.WriteLine(e.StackTrace);
                }
            }

            return crashes == 0 ? 0 : 1;
        }

        // In-process persistent loop: every exception other than EnergyFiguresException (which the targets
        // catch themselves) escapes and is reported to afl-fuzz as a crash.
        Fuzzer.Run(stream => Targets.Run(target, stream));
        return 0;
    }
}
