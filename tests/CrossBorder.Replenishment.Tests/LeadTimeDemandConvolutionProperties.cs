using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Replenishment.Tests;

/// <summary>An intermittent SKU's per-period distribution and a lead time: occurrence 0.02–1, 1–40 sizes of 1–120 units (some halves), a review of 0–3 periods, 1–16 lead-time probabilities (zeros among them, the last positive).</summary>
public sealed record ConvolutionCase(double Occurrence, double[] Sizes, int Review, double[] LeadProbabilities)
{
    public override string ToString() => FormattableString.Invariant($"p {Occurrence}, R {Review}, sizes [{string.Join(", ", Sizes)}], P(L) [{string.Join(", ", LeadProbabilities)}]");
}

public static class ConvolutionArbitraries
{
    public static Arbitrary<ConvolutionCase> ConvolutionCase() => Arb.From(
        from occurrence in Gen.Choose(1, 50).Select(i => i / 50.0)
        from sizes in Gen.Choose(2, 240).Select(i => i % 7 == 0 ? (i / 2) + 0.5 : Math.Max(1, i / 2)).Select(v => (double)v).ArrayOf().Where(a => a.Length is >= 1 and <= 40)
        from review in Gen.Choose(0, 3)
        from lead in Gen.Choose(0, 3).Select(z => z == 0 ? 0.0 : z / 3.0).ArrayOf().Where(a => a.Length is >= 1 and <= 15)
        select new ConvolutionCase(occurrence, sizes, review, [.. lead, 0.25]));
}

/// <summary>
/// The lead-time demand distributions against the schoolbook convolution (for each i, for each j: r[i + j] += a[i]·b[j],
/// then the upper tail below 1e-12 trimmed, as documented) and the mixture Σ_k w_k·pmf^{*k} written out here: the
/// faster convolution must give the same probabilities to the bit.
/// </summary>
public class LeadTimeDemandConvolutionProperties
{
    private static double[] Schoolbook(double[] a, double[] b)
    {
        var result = new double[a.Length + b.Length - 1];
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
            {
                result[i + j] += a[i] * b[j];
            }
        }

        var keep = result.Length;
        var tail = 0.0;
        while (keep > 1 && tail + result[keep - 1] < 1e-12)
        {
            tail += result[keep - 1];
            keep--;
        }

        return result[..keep];
    }

    private static double[] Mixture(double[] single, double[] weights, int offset)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var mixture = new double[1];
        var power = new double[] { 1 };
        for (var n = 0; n < weights.Length + offset; n++)
        {
            if (n > 0)
            {
                power = Schoolbook(power, single);
            }

            var k = n - offset;
            if (k >= 0 && weights[k] != 0)
            {
                if (power.Length > mixture.Length)
                {
                    Array.Resize(ref mixture, power.Length);
                }

                for (var i = 0; i < power.Length; i++)
                {
                    mixture[i] += weights[k] / total * power[i];
                }
            }
        }

        return mixture;
    }

    private static bool Same(LeadTimeDemand actual, double[] expected)
    {
        var reference = LeadTimeDemand.FromProbabilities(expected);
        return actual.MaximumDemand == reference.MaximumDemand
            && Enumerable.Range(0, expected.Length).All(k => BitConverter.DoubleToInt64Bits(actual.Probability(k)) == BitConverter.DoubleToInt64Bits(reference.Probability(k)))
            && BitConverter.DoubleToInt64Bits(actual.Mean) == BitConverter.DoubleToInt64Bits(reference.Mean);
    }

    private static double[] PerPeriod(ConvolutionCase c)
    {
        var largest = c.Sizes.Max(s => (int)Math.Round(s, MidpointRounding.AwayFromZero));
        var single = new double[largest + 1];
        single[0] = 1 - c.Occurrence;
        foreach (var s in c.Sizes)
        {
            single[(int)Math.Round(s, MidpointRounding.AwayFromZero)] += c.Occurrence / c.Sizes.Length;
        }

        return single;
    }

    [ScaledProperty(Arbitrary = [typeof(ConvolutionArbitraries)], Cases = 150)]
    public bool Fixed_periods_are_the_schoolbook_power_to_the_bit(ConvolutionCase c)
    {
        var periods = c.LeadProbabilities.Length - 1;
        var power = new double[] { 1 };
        for (var t = 0; t < periods; t++)
        {
            power = Schoolbook(power, PerPeriod(c));
        }

        return Same(LeadTimeDemand.CompoundBernoulli(c.Occurrence, c.Sizes, periods), power);
    }

    [ScaledProperty(Arbitrary = [typeof(ConvolutionArbitraries)], Cases = 150)]
    public bool Random_lead_time_is_the_schoolbook_mixture_to_the_bit(ConvolutionCase c)
    {
        var single = Enumerable.Range(0, LeadTimeDemand.CompoundBernoulli(c.Occurrence, c.Sizes, 1).MaximumDemand + 1)
            .Select(LeadTimeDemand.CompoundBernoulli(c.Occurrence, c.Sizes, 1).Probability).ToArray();
        var (protection, lead) = LeadTimeDemand.CompoundBernoulliPeriodic(c.Occurrence, c.Sizes, c.Review, c.LeadProbabilities);
        return Same(LeadTimeDemand.CompoundBernoulli(c.Occurrence, c.Sizes, c.LeadProbabilities), Mixture(single, c.LeadProbabilities, 0))
            && Same(protection, Mixture(single, c.LeadProbabilities, c.Review))
            && Same(lead, Mixture(single, c.LeadProbabilities, 0));
    }
}
