using CrossBorder.Forecasting.Evaluation.Generation;

namespace CrossBorder.Forecasting.Evaluation;

/// <summary>
/// <c>verify --catalogues DIR</c>: checks that the samplers draw from the distributions they name (sample moments
/// against the theoretical ones) and that regenerating each catalogue gives the committed files byte for byte.
/// Exit code 1 when a check fails.
/// </summary>
internal static class VerifyCommand
{
    private const int Draws = 400_000;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var line = new CommandLine("verify", args, ["--catalogues"], []);
        var root = line.Required("--catalogues", "the folder holding development/ and validation/");
        var failures = 0;

        // Expected moments from the distributions' definitions: Poisson(λ) has mean and variance λ; the negative
        // binomial of mean μ and size k has variance μ + μ²/k; gamma(shape a, scale s) has mean a·s and variance a·s².
        failures += Moments(output, "Poisson(3)", s => s.Poisson(3), 3, 3);
        failures += Moments(output, "Poisson(35)", s => s.Poisson(35), 35, 35);
        failures += Moments(output, "Poisson(200)", s => s.Poisson(200), 200, 200);
        failures += Moments(output, "NB(mean 10, k 2)", s => s.NegativeBinomial(10, 2), 10, 10 + (100 / 2.0));
        failures += Moments(output, "gamma(0.5, 2)", s => s.Gamma(0.5, 2), 1, 2);
        failures += Moments(output, "gamma(4, 0.5)", s => s.Gamma(4, 0.5), 2, 1);

        foreach (var name in new[] { "development", "validation" })
        {
            var spec = CatalogueSpec.Find(name)!;
            var temp = Directory.CreateTempSubdirectory("catalogue-");
            try
            {
                CatalogueWriter.Write(spec, CatalogueBuilder.Build(spec), temp.FullName);
                foreach (var file in new[] { "train.csv", "test.csv", "meta.csv" })
                {
                    var committed = Path.Combine(root, name, file);
                    var same = File.Exists(committed) && File.ReadAllBytes(committed).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp.FullName, file)));
                    output.WriteLine($"{(same ? "ok  " : "FAIL")} {name}/{file} {(same ? "regenerates byte for byte" : "differs from a regeneration (or is missing)")}");
                    failures += same ? 0 : 1;
                }
            }
            finally
            {
                temp.Delete(recursive: true);
            }
        }

        output.WriteLine(failures == 0 ? "all checks passed" : Invariant.Format($"{failures} checks failed"));
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// Draws <see cref="Draws"/> values and compares the sample mean (within 5 standard errors) and variance (within 5%)
    /// with the theoretical ones.
    /// </summary>
    private static int Moments(TextWriter output, string name, Func<Sampler, double> draw, double mean, double variance)
    {
        var sampler = new Sampler(12345);
        double sum = 0, sumSquares = 0;
        for (var i = 0; i < Draws; i++)
        {
            var x = draw(sampler);
            sum += x;
            sumSquares += x * x;
        }

        var m = sum / Draws;
        var v = (sumSquares - (Draws * m * m)) / (Draws - 1);
        var ok = Math.Abs(m - mean) <= 5 * Math.Sqrt(variance / Draws) && Math.Abs(v - variance) <= 0.05 * variance;
        output.WriteLine(Invariant.Format($"{(ok ? "ok  " : "FAIL")} {name}: mean {m:F4} (expected {mean}), variance {v:F4} (expected {variance})"));
        return ok ? 0 : 1;
    }
}
