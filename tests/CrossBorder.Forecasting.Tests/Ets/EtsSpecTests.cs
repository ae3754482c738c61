namespace CrossBorder.Forecasting.Tests.Ets;

public sealed class EtsSpecTests
{
    [Fact]
    public void There_are_fifteen_allowed_forms_in_Rs_order()
    {
        Assert.Equal(15, EtsSpec.All.Count);
        Assert.Equal(
            "ETS(A,N,N) ETS(A,N,A) ETS(A,Ad,N) ETS(A,A,N) ETS(A,Ad,A) ETS(A,A,A) ETS(M,N,N) ETS(M,N,A) ETS(M,N,M) "
            + "ETS(M,Ad,N) ETS(M,A,N) ETS(M,Ad,A) ETS(M,A,A) ETS(M,Ad,M) ETS(M,A,M)",
            string.Join(' ', EtsSpec.All));
        Assert.Equal(15, EtsSpec.All.Distinct().Count());
    }

    [Fact]
    public void Every_form_round_trips_through_its_text()
    {
        foreach (var spec in EtsSpec.All)
        {
            Assert.Equal(spec, EtsSpec.Parse(spec.ToString()));
            Assert.True(EtsSpec.TryParse(spec.ToString(), out var parsed));
            Assert.Equal(spec.GetHashCode(), parsed.GetHashCode());
        }
    }

    [Theory]
    [InlineData("MAdM", "ETS(M,Ad,M)")]
    [InlineData("ann", "ETS(A,N,N)")]
    [InlineData(" ETS( M , A , A ) ", "ETS(M,A,A)")]
    [InlineData("A,Ad,N", "ETS(A,Ad,N)")]
    public void Parses_short_and_spaced_forms(string text, string expected) =>
        Assert.Equal(expected, EtsSpec.Parse(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("ETS(A,N,M)")]
    [InlineData("ETS(M,Nd,N)")]
    [InlineData("ETS(M,M,N)")]
    [InlineData("ETS(X,N,N)")]
    [InlineData("ETS(A,N)")]
    [InlineData("ETS(A,Ax,N)")]
    public void Rejects_forms_that_are_not_allowed(string text)
    {
        Assert.False(EtsSpec.TryParse(text, out _));
        Assert.Throws<FormatException>(() => EtsSpec.Parse(text));
    }

    [Fact]
    public void Constructor_rejects_unstable_and_meaningless_combinations()
    {
        Assert.Throws<ArgumentException>("season", () => new EtsSpec(EtsError.Additive, EtsTrend.None, EtsSeason.Multiplicative));
        Assert.Throws<ArgumentException>("damped", () => new EtsSpec(EtsError.Additive, EtsTrend.None, EtsSeason.None, damped: true));
        Assert.Throws<ArgumentOutOfRangeException>("error", () => new EtsSpec((EtsError)7, EtsTrend.None, EtsSeason.None));
    }

    [Fact]
    public void Default_is_simple_exponential_smoothing()
    {
        Assert.Equal("ETS(A,N,N)", default(EtsSpec).ToString());
        Assert.True(default(EtsSpec) == EtsSpec.Parse("ANN"));
        Assert.True(EtsSpec.Parse("MNN") != EtsSpec.Parse("ANN"));
        Assert.False(EtsSpec.Parse("MNN").Equals((object)"MNN"));
    }

    [Fact]
    public void Is_span_parsable_for_generic_code()
    {
        Assert.Equal(EtsSpec.Parse("MAdM"), ParseGeneric<EtsSpec>("ETS(M,Ad,M)"));
        Assert.Equal(EtsSpec.Parse("ANA"), EtsSpec.Parse("xANAx".AsSpan(1, 3), System.Globalization.CultureInfo.GetCultureInfo("tr-TR")));
        Assert.True(EtsSpec.TryParse("ann".AsSpan(), System.Globalization.CultureInfo.GetCultureInfo("tr-TR"), out var spec));
        Assert.Equal("ETS(A,N,N)", spec.ToString());
        Assert.False(EtsSpec.TryParse((string?)null, null, out _));
        Assert.Throws<ArgumentNullException>(() => EtsSpec.Parse(null!, null));
        Assert.Throws<FormatException>(() => EtsSpec.Parse("AXN".AsSpan(), null));
    }

    private static T ParseGeneric<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);
}
