using CrossBorder.Forecasting.Evaluation;

// The forecasting evaluation harness (issue #11). See README.md.
//   generate --catalogue development|validation --out DIR
//   score --data DIR --method NAME[,NAME...] [--per-series FILE] [--rolling] [--origins 4] [--threads N]
//   verify --catalogues DIR
const string Usage = """
    usage:
      generate --catalogue development|validation --out DIR
          writes train.csv, test.csv, meta.csv and README.md of a seeded catalogue into DIR
      score --data DIR --method NAME[,NAME...] [--per-series FILE] [--rolling] [--origins N] [--threads N] [--prefix P]
          scores methods (ForecastMethods names, or candidates registered in Scoring/Candidates.cs) on DIR's
          holdout, or with --rolling on N origins (default 4) inside the training history, h/2 apart;
          --prefix reads P + train.csv etc. (the reference sets: --prefix intermittent_)
      verify --catalogues DIR
          checks the samplers' moments and that DIR/development and DIR/validation regenerate byte for byte
    """;

try
{
    return args switch
    {
        ["generate", .. var rest] => GenerateCommand.Run(rest, Console.Out),
        ["score", .. var rest] => ScoreCommand.Run(rest, Console.Out),
        ["combine", .. var rest] => CombineCommand.Run(rest, Console.Out),
        ["verify", .. var rest] => VerifyCommand.Run(rest, Console.Out),
        [] or ["--help"] or ["-h"] => Help(),
        _ => throw new UsageException($"unknown command '{args[0]}'; expected generate, score, combine or verify."),
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
