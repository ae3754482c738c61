using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CrossBorder.Tests;

public class TimelineTests
{
    private static readonly LocalDate Jan2021 = new(2021, 1, 1);
    private static readonly LocalDate Jul2021 = new(2021, 7, 1);

    [Fact]
    public void ValueAt_returns_the_value_in_force()
    {
        var rates = Timeline<Percentage>.Create(
        [
            new(EffectivePeriod.Between(Jan2021, Jul2021.PlusDays(-1)), Percentage.FromPercent(16m), "temporary cut"),
            new(EffectivePeriod.From(Jul2021), Percentage.FromPercent(19m)),
        ]);

        Assert.Equal(Percentage.FromPercent(16m), rates.ValueAt(new LocalDate(2021, 6, 30)));
        Assert.Equal(Percentage.FromPercent(19m), rates.ValueAt(Jul2021));
        Assert.Equal(Percentage.FromPercent(19m), rates.ValueAt(new LocalDate(2099, 1, 1)));
        Assert.True(rates.TryGetEntry(Jan2021, out var entry));
        Assert.Equal("temporary cut", entry.Source);
        Assert.Equal(2, rates.Count);
    }

    [Fact]
    public void Dates_before_the_first_value_or_in_a_gap_have_none()
    {
        var timeline = Timeline<int>.Create(
        [
            new(EffectivePeriod.Between(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)), 1),
            new(EffectivePeriod.From(new LocalDate(2022, 1, 1)), 2),
        ]);

        Assert.False(timeline.TryGetValueAt(new LocalDate(2019, 12, 31), out _));
        Assert.False(timeline.TryGetValueAt(new LocalDate(2021, 6, 1), out _));
        var error = Assert.Throws<KeyNotFoundException>(() => timeline.ValueAt(new LocalDate(2021, 6, 1)));
        Assert.Contains("2021-06-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("2020-01-01..2020-12-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlaps_are_rejected_naming_both_periods()
    {
        var error = Assert.Throws<ArgumentException>(() => Timeline<int>.Create(
        [
            new(EffectivePeriod.From(new LocalDate(2020, 1, 1)), 1),
            new(EffectivePeriod.Between(new LocalDate(2019, 1, 1), new LocalDate(2020, 1, 1)), 2),
        ]));

        Assert.Contains("2020-01-01..", error.Message, StringComparison.Ordinal);
        Assert.Contains("2019-01-01..2020-01-01", error.Message, StringComparison.Ordinal);
        Assert.Equal("entries", error.ParamName);
    }

    [Fact]
    public void FromChanges_closes_each_value_the_day_before_the_next()
    {
        var timeline = Timeline<string>.FromChanges([(Jul2021, "b"), (Jan2021, "a")]);

        Assert.Equal(EffectivePeriod.Between(Jan2021, new LocalDate(2021, 6, 30)), timeline[0].Period);
        Assert.True(timeline[1].Period.IsOpenEnded);
        Assert.Equal("a", timeline.ValueAt(new LocalDate(2021, 6, 30)));
        Assert.Throws<ArgumentException>(() => Timeline<string>.FromChanges([(Jan2021, "a"), (Jan2021, "b")]));
    }

    [Fact]
    public void Periods_validate_and_print()
    {
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => EffectivePeriod.Between(Jul2021, Jan2021)).ParamName);
        Assert.Equal("2021-01-01..2021-07-01", EffectivePeriod.Between(Jan2021, Jul2021).ToString());
        Assert.Equal("..2021-07-01", EffectivePeriod.Until(Jul2021).ToString());
        Assert.Equal("..", EffectivePeriod.Always.ToString());
        Assert.True(EffectivePeriod.Always.Contains(LocalDate.MinIsoValue));
        Assert.True(EffectivePeriod.From(Jan2021) == EffectivePeriod.From(Jan2021));
        Assert.True(EffectivePeriod.From(Jan2021) != EffectivePeriod.From(Jul2021));
        Assert.Empty(Timeline<int>.Empty);
    }

    public static Arbitrary<int[]> ChangeOffsets() =>
        Arb.From(Gen.Choose(1, 400).ArrayOf().Where(a => a.Length > 0 && a.Length < 30));

    [ScaledProperty(Cases = 200)]
    public bool Lookup_agrees_with_a_linear_scan(NonEmptyArray<PositiveInt> nonEmpty, int probe)
    {
        var steps = nonEmpty.Get; // at least one change, so a date before the first one must find nothing
        var start = new LocalDate(2000, 1, 1);
        var changes = new List<(LocalDate, int)>();
        var day = start;
        for (var i = 0; i < steps.Length && i < 40; i++)
        {
            changes.Add((day, i));
            day = day.PlusDays((steps[i].Get % 400) + 1);
        }

        var timeline = Timeline<int>.FromChanges(changes);
        var date = start.PlusDays((probe % 20000) - 100);
        var expected = timeline.Where(e => e.Period.Contains(date)).Select(e => (int?)e.Value).SingleOrDefault();
        var found = timeline.TryGetValueAt(date, out var value) ? value : (int?)null;
        return expected == found && date < start == (found is null);
    }
}
