namespace CrossBorder.Forecasting.Evaluation.Generation;

/// <summary>The series of one group and how many draws were refused on the way.</summary>
internal sealed record GroupDraws(string Group, IReadOnlyList<SeriesDraft> Series, int Redraws);

/// <summary>Draws the series of a catalogue, each from its own seeded sampler, so a group's series do not depend on the other groups.</summary>
internal static class CatalogueBuilder
{
    /// <summary>Draws at most this many times for one series before giving up.</summary>
    private const int MaxAttempts = 1000;

    public static IReadOnlyList<GroupDraws> Build(CatalogueSpec spec)
    {
        var groups = new List<GroupDraws>();
        for (var g = 0; g < spec.Groups.Count; g++)
        {
            var (generator, count) = spec.Groups[g];
            var series = new List<SeriesDraft>(count);
            var redraws = 0;
            for (var i = 0; i < count; i++)
            {
                var id = Invariant.Format($"{generator.Prefix}{i + 1:D3}");
                for (var attempt = 0; ; attempt++)
                {
                    if (attempt == MaxAttempts)
                    {
                        throw new InvalidOperationException($"Series {id} of group {generator.Group}: no acceptable draw in {MaxAttempts} attempts.");
                    }

                    var draft = generator.Draw(new Sampler(SeedOf(spec.Seed, g, i, attempt)), id);
                    if (Scorable(draft) && generator.Accept(draft))
                    {
                        series.Add(draft);
                        break;
                    }

                    redraws++;
                }
            }

            groups.Add(new GroupDraws(generator.Group, series, redraws));
        }

        return groups;
    }

    /// <summary>
    /// Whether every score is defined on the draw: the MASE scale (lag = freq) and the RMSSE scale of its training
    /// history are not zero.
    /// </summary>
    private static bool Scorable(SeriesDraft draft)
    {
        var train = draft.Train();
        return train.Length > draft.Freq && Accuracy.MaseScale(train, draft.Freq) > 0 && Accuracy.RmsseScale(train) > 0;
    }

    /// <summary>A seed for one draw, mixed from the catalogue seed, the group, the series and the attempt (SplitMix64's finaliser).</summary>
    private static int SeedOf(int seed, int group, int series, int attempt)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) ^ ((ulong)(uint)group << 24) ^ ((ulong)(uint)series << 10) ^ (uint)attempt;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }
}
