using CrossBorder.Forecasting.Evaluation;

// The forecasting evaluation harness (issue #11). See README.md.
//   generate --catalogue development|validation --out DIR
//   score --data DIR --method NAME[,NAME...] [--per-series FILE] [--rolling] [--origins 4] [--threads N]
const string Usage = """
    usage:
      generate --catalogue development|validation --out DIR
          writes train.csv, test.csv, meta.csv and README.md of a seeded catalogue into DIR
      score --data DIR --method NAME[,NAME...] [--per-series FILE] [--rolling] [--origins N] [--threads N]
          scores methods (ForecastMethods names, or candidates registered in Scoring/Candidates.cs) on DIR's
          holdout, or with --rolling on N origins (default 4) inside the training history, h/2 apart
    """;

try
{
    return args switch
    {
        ["generate", .. var rest] => GenerateCommand.Run(rest, Console.Out),
        ["score", .. var rest] => ScoreCommand.Run(rest, Console.Out),
        ["combine", .. var rest] => CombineCommand.Run(rest, Console.Out),
        [] or ["--help"] or ["-h"] => Help(),
        _ => throw new UsageException($"unknown command '{args[0]}'; expected generate or score."),
    };
}
catch (Exception e) when (e is UsageException or ArgumentException or FormatException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    if (e is UsageException)
    {
        Console.Error.WriteLine(Usage);
    }

    return 2;
}

int Help()
{
    Console.Out.WriteLine(Usage);
    return 0;
}
