using System.CommandLine;
using System.Globalization;
using CrossBorder.Cli.Input;
using CrossBorder.Cli.Output;

namespace CrossBorder.Cli.Commands;

/// <summary><c>crossborder money allocate</c> and <c>crossborder money split</c>.</summary>
internal static class MoneyCommands
{
    /// <summary>The most parts <c>split</c> makes; more is a typo, not a freight invoice.</summary>
    public const int MaxParts = 100_000;

    /// <summary>Builds the <c>money</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("money", "Money arithmetic: share an amount out exactly, in whole minor units.");
        command.Subcommands.Add(CreateAllocate(context));
        command.Subcommands.Add(CreateSplit(context));
        return command;
    }

    private static Command CreateAllocate(CliContext context)
    {
        var amount = CreateAmountOption("EUR 1000.00");
        var ratios = new Option<string[]>("--ratios", "-r")
        {
            Description = "Non-negative weights, at least one positive, comma-separated: 3,2,1 or 0.864,2.15,1.372.",
            HelpName = "r1,r2,...",
            AllowMultipleArgumentsPerToken = true,
        };
        var labels = new Option<string?>("--labels", "-l")
        {
            Description = "Optional names of the parts, comma-separated, one per ratio.",
            HelpName = "l1,l2,...",
        };
        var input = new Option<string?>("--input", "-i")
        {
            Description = "Read the amount, ratios and optional labels and description from a JSON file instead: " +
                "{\"amount\":{\"amount\":\"1000.00\",\"currency\":\"EUR\"},\"ratios\":[3,2,1],\"labels\":[\"a\",\"b\",\"c\"]}.",
            HelpName = "FILE.json",
        };
        var format = CommonOptions.CreateFormatOption();

        var command = new Command(
            "allocate",
            "Allocate an amount by ratios in whole minor units (largest-remainder method). " +
            "The parts always sum exactly to the amount. Give --amount and --ratios, or --input.")
        {
            amount,
            ratios,
            labels,
            input,
            format,
        };

        command.SetAction(parseResult => CommonOptions.Execute(context, () =>
        {
            var request = parseResult.GetValue(input) is { } path
                ? ReadInput(path, parseResult.GetValue(amount), parseResult.GetValue(ratios), parseResult.GetValue(labels))
                : FromOptions(parseResult.GetValue(amount), parseResult.GetValue(ratios), parseResult.GetValue(labels));
            var parts = Allocate(request.Amount, request.Ratios!);
            Write(context.Output, parseResult.GetRequiredValue(format), "allocate", request, parts);
        }));
        return command;
    }

    private static Command CreateSplit(CliContext context)
    {
        var amount = CreateAmountOption("USD 100.00");
        var parts = new Option<int>("--parts", "-n")
        {
            Description = $"Number of parts, 1 to {MaxParts.ToString("N0", CultureInfo.InvariantCulture)}.",
            HelpName = "N",
            Required = true,
        };
        var format = CommonOptions.CreateFormatOption();

        var command = new Command(
            "split",
            "Split an amount into equal parts in whole minor units; they differ by at most one minor unit, " +
            "the earlier parts taking the extra units, and sum exactly to the amount.")
        {
            amount,
            parts,
            format,
        };

        command.SetAction(parseResult => CommonOptions.Execute(context, () =>
        {
            var money = CommonOptions.ParseAmount(parseResult.GetValue(amount));
            var count = parseResult.GetValue(parts);
            if (count is < 1 or > MaxParts)
            {
                throw new UserErrorException(
                    $"--parts must be between 1 and {MaxParts.ToString(CultureInfo.InvariantCulture)}, not {count.ToString(CultureInfo.InvariantCulture)}.");
            }

            var request = new AllocationRequest(null, RequireWholeMinorUnits(money), null, null);
            var result = Split(request.Amount, count);
            Write(context.Output, parseResult.GetRequiredValue(format), "split", request, result);
        }));
        return command;
    }

    private static Option<string?> CreateAmountOption(string example) => new("--amount", "-a")
    {
        Description = $"The amount with its ISO 4217 code, invariant number format: \"{example}\".",
        HelpName = "\"CCY amount\"",
    };

    private static AllocationRequest FromOptions(string? amountText, string[]? ratioTokens, string? labelText)
    {
        if (amountText is null)
        {
            throw new UserErrorException("--amount is required (or give --input FILE.json).");
        }

        if (ratioTokens is null || ratioTokens.Length == 0)
        {
            throw new UserErrorException("--ratios is required (or give --input FILE.json).");
        }

        var money = RequireWholeMinorUnits(CommonOptions.ParseAmount(amountText));
        var ratios = ParseRatios(ratioTokens);
        var labels = labelText is null ? null : labelText.Split(',', StringSplitOptions.TrimEntries);
        ValidateRatios(ratios, "--ratios: ");
        ValidateLabels(labels, ratios.Length, "--labels");
        return new AllocationRequest(null, money, ratios, labels);
    }

    private static AllocationRequest ReadInput(string path, string? amountText, string[]? ratioTokens, string? labelText)
    {
        if (amountText is not null || ratioTokens is { Length: > 0 } || labelText is not null)
        {
            throw new UserErrorException("--input cannot be combined with --amount, --ratios or --labels: the file gives them.");
        }

        var input = AllocationInputReader.Read(path);
        if (input.Amount is not { } money)
        {
            throw new UserErrorException($"'{path}' has no \"amount\": expected {{\"amount\":{{\"amount\":\"1000.00\",\"currency\":\"EUR\"}}, ...}}.");
        }

        if (input.Ratios is null || input.Ratios.Count == 0)
        {
            throw new UserErrorException($"'{path}' has no \"ratios\": expected a list of weights such as [3, 2, 1].");
        }

        decimal[] ratios = [.. input.Ratios];
        string[]? labels = input.Labels is null ? null : [.. input.Labels.Select(l => l ?? string.Empty)];
        ValidateRatios(ratios, $"'{path}': ");
        ValidateLabels(labels, ratios.Length, $"'{path}' \"labels\"");
        return new AllocationRequest(input.Description, RequireWholeMinorUnits(money, $"'{path}': "), ratios, labels);
    }


    /// <summary>Checks that the amount can be shared in whole minor units and writes it with exactly that many decimals.</summary>
    private static Money RequireWholeMinorUnits(Money money, string where = "")
    {
        var currency = money.Currency;
        if (currency.MinorUnit is not { } minorUnit)
        {
            throw new UserErrorException(
                $"{where}{currency.Code} ({currency.EnglishName}) has no minor unit, so it cannot be shared out in whole minor units.");
        }

        if (!money.IsRounded)
        {
            throw new UserErrorException(
                $"{where}{money.ToString("R", CultureInfo.InvariantCulture)} has more decimals than {currency.Code}'s minor unit ({minorUnit.ToString(CultureInfo.InvariantCulture)}); " +
                "give the amount in whole minor units.");
        }

        // The amount must stay a decimal once written in minor units (scale = minor unit): at most 28 or 29 digits.
        var largest = decimal.Truncate(decimal.MaxValue / Pow10(minorUnit));
        if (decimal.Abs(money.Amount) > largest)
        {
            throw new UserErrorException(
                $"{where}{money.ToString("R", CultureInfo.InvariantCulture)} is beyond the largest {currency.Code} amount the tool shares out in whole minor units ({largest.ToString(CultureInfo.InvariantCulture)}).");
        }

        return Money.Of(WithScale(money.Amount, minorUnit), currency);
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    /// <summary>The same value written with exactly <paramref name="decimals"/> decimals (it has no digits beyond them).</summary>
    private static decimal WithScale(decimal value, int decimals)
    {
        var result = decimal.Round(value, decimals);
        for (var i = 0; i < decimals && result.Scale < decimals; i++)
        {
            result *= 1.0m;
        }

        return result;
    }

    private static decimal[] ParseRatios(string[] tokens)
    {
        var texts = tokens.SelectMany(t => t.Split(',', StringSplitOptions.TrimEntries)).ToArray();
        var ratios = new decimal[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            if (!decimal.TryParse(texts[i], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out ratios[i]))
            {
                throw new UserErrorException(
                    $"--ratios: '{CommonOptions.Echo(texts[i])}' (ratio {(i + 1).ToString(CultureInfo.InvariantCulture)}) is not a number; write ratios such as 3,2,1 or 0.5,1.25.");
            }
        }

        return ratios;
    }

    private static void ValidateRatios(decimal[] ratios, string where)
    {
        for (var i = 0; i < ratios.Length; i++)
        {
            if (ratios[i] < 0m)
            {
                throw new UserErrorException(
                    $"{where}ratio {(i + 1).ToString(CultureInfo.InvariantCulture)} is negative ({ratios[i].ToString(CultureInfo.InvariantCulture)}); ratios must be zero or positive.");
            }
        }

        if (ratios.All(r => r == 0m))
        {
            throw new UserErrorException($"{where}all ratios are zero; at least one must be positive.");
        }
    }

    private static void ValidateLabels(string[]? labels, int ratioCount, string what)
    {
        if (labels is not null && labels.Length != ratioCount)
        {
            throw new UserErrorException(
                $"{what} has {labels.Length.ToString(CultureInfo.InvariantCulture)} labels for {ratioCount.ToString(CultureInfo.InvariantCulture)} ratios; give one label per ratio.");
        }
    }

    private static Money[] Allocate(Money amount, decimal[] ratios)
    {
        try
        {
            return amount.Allocate(ratios);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException)
        {
            // Checked above; kept so that a rule the library adds later still ends as one error line.
            throw new UserErrorException(e.Message, e);
        }
    }

    private static Money[] Split(Money amount, int parts)
    {
        try
        {
            return amount.Split(parts);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException)
        {
            throw new UserErrorException(e.Message, e);
        }
    }

    private static void Write(TextWriter output, string format, string method, AllocationRequest request, Money[] parts)
    {
        var total = Money.Zero(request.Amount.Currency);
        foreach (var part in parts)
        {
            total += part;
        }

        if (format == CommonOptions.Json)
        {
            var json = new AllocationJson(
                request.Description,
                method,
                request.Amount,
                [.. parts.Select((p, i) => new AllocationPartJson(i + 1, request.Labels?[i], request.Ratios?[i], p))],
                total);
            CliJson.Write(output, json, CliJson.Allocation);
            return;
        }

        if (request.Description is { Length: > 0 } description)
        {
            output.WriteLine(description);
            output.WriteLine();
        }

        // Columns: #, then label and ratio when there are any, then amount. The total line puts its
        // caption in the label column when there is one, else in the # column.
        var hasLabels = request.Labels is not null;
        var hasRatios = request.Ratios is not null;
        var columns = new List<Column> { new("#", Align.Right) };
        if (hasLabels)
        {
            columns.Add(new Column("label"));
        }

        if (hasRatios)
        {
            columns.Add(new Column("ratio", Align.Right));
        }

        columns.Add(new Column("amount", Align.Right));
        var table = new TableWriter([.. columns]);
        for (var i = 0; i < parts.Length; i++)
        {
            table.AddRow(Cells(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                request.Labels?[i],
                request.Ratios?[i].ToString(CultureInfo.InvariantCulture),
                parts[i]));
        }

        table.AddRule();
        table.AddRow(Cells(
            hasLabels ? string.Empty : "total",
            hasLabels ? "total" : null,
            hasRatios ? SumOfRatios(request.Ratios!) : null,
            total));
        table.Write(output);
    }

    /// <summary>The cells of one row; a null label or ratio means the table has no such column.</summary>
    private static string[] Cells(string index, string? label, string? ratio, Money amount)
    {
        var cells = new List<string> { index };
        if (label is not null)
        {
            cells.Add(label);
        }

        if (ratio is not null)
        {
            cells.Add(ratio);
        }

        cells.Add(amount.ToString("G", CultureInfo.InvariantCulture));
        return [.. cells];
    }

    /// <summary>The sum of the ratios for the total line; blank in the absurd case that it overflows a decimal.</summary>
    private static string SumOfRatios(decimal[] ratios)
    {
        try
        {
            return ratios.Sum().ToString(CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            return string.Empty;
        }
    }

    /// <summary>What to share out: the amount (in whole minor units), the ratios (none for a split) and the labels.</summary>
    private sealed record AllocationRequest(string? Description, Money Amount, decimal[]? Ratios, string[]? Labels);
}
