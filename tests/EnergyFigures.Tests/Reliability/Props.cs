using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace EnergyFigures.Tests.Reliability;

/// <summary>Runs FsCheck properties with a fixed seed (deterministic runs; a failure prints the counter-example).</summary>
public static class Props
{
    public static void Check<T>(Gen<T> gen, Action<T> property, int maxTest, ulong seed = 20200206)
    {
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(maxTest)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
        Prop.ForAll(Arb.From(gen), property).Check(config);
    }

    /// <summary>Concatenations of tokens.</summary>
    public static Gen<string> Tokens(int maxCount, params string[] tokens) =>
        from n in Gen.Choose(0, maxCount)
        from parts in Gen.ArrayOf(Gen.Elements(tokens), n)
        select string.Concat(parts);
}
