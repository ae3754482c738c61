using CrossBorder.Forecasting.Evaluation.Generation;

namespace CrossBorder.Forecasting.Evaluation;

/// <summary><c>generate --catalogue development|validation --out DIR</c>: writes a seeded catalogue.</summary>
internal static class GenerateCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var line = new CommandLine("generate", args, ["--catalogue", "--out"], []);
        var name = line.Required("--catalogue", "development or validation");
        var directory = line.Required("--out", "the folder to write the catalogue into");
        var spec = CatalogueSpec.Find(name) ?? throw new UsageException($"unknown catalogue '{name}'; expected development or validation.");

        var groups = CatalogueBuilder.Build(spec);
        var files = CatalogueWriter.Write(spec, groups, directory);
        foreach (var g in groups)
        {
            output.WriteLine(Invariant.Format($"{g.Group,-13} {g.Series.Count,5} series  {g.Series.Count(s => s.HoldoutPeak),4} with the peak in the holdout  {g.Redraws,5} redraws"));
        }

        foreach (var file in files)
        {
            output.WriteLine(Invariant.Format($"wrote {file} ({new FileInfo(file).Length:N0} bytes)"));
        }

        return 0;
    }
}
