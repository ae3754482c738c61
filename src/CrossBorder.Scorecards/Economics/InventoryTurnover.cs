namespace CrossBorder.Scorecards;

/// <summary>Inventory turnover over a period and the days of inventory it implies.</summary>
/// <param name="AverageInventory">(Opening + closing inventory at cost) ÷ 2.</param>
/// <param name="Turnover">COGS of the period ÷ average inventory.</param>
/// <param name="PeriodDays">The period's length in days.</param>
/// <param name="DaysOfInventory">Period days ÷ turnover (365 ÷ turnover for a year's COGS).</param>
public sealed record InventoryTurnoverResult(Money AverageInventory, decimal Turnover, int PeriodDays, decimal DaysOfInventory);

/// <summary>
/// Inventory turnover = COGS ÷ average inventory, days of inventory = days in the period ÷ turnover: the COGS and the
/// days are of the same period (a year's COGS with 365 days gives the usual 365 ÷ turnover; a quarter's with its 90
/// or 91 days), and the inventory is at cost, in the COGS' currency.
/// </summary>
public static class InventoryTurnover
{
    /// <summary>Computes the turnover and days of inventory.</summary>
    /// <exception cref="CurrencyMismatchException">The amounts are not all in one currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Negative COGS or inventory, an average inventory of zero, zero COGS (no turnover), or a period not positive.</exception>
    public static InventoryTurnoverResult Of(Money costOfGoodsSold, Money openingInventory, Money closingInventory, int periodDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(costOfGoodsSold.Amount, nameof(costOfGoodsSold));
        ArgumentOutOfRangeException.ThrowIfNegative(openingInventory.Amount, nameof(openingInventory));
        ArgumentOutOfRangeException.ThrowIfNegative(closingInventory.Amount, nameof(closingInventory));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(periodDays);
        var average = (openingInventory + closingInventory) / 2m;
        if (average.Amount == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(openingInventory), "Opening and closing inventory are both zero: turnover has no value.");
        }

        var turnover = costOfGoodsSold / average;
        return new(average, turnover, periodDays, periodDays / turnover);
    }
}
