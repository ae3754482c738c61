namespace CrossBorder.Tests.Helpers;

/// <summary>Checks equality, hashing and ordering laws in one call (after NodaTime's TestHelper).</summary>
public static class Laws
{
    public static void Equality<T>(T value, T equal, T unequal)
        where T : IEquatable<T>
    {
        Assert.True(value.Equals(equal));
        Assert.Equal(value.GetHashCode(), equal.GetHashCode());
        Assert.False(value.Equals(unequal));
        Assert.True(value.Equals((object)equal));
        Assert.False(value.Equals((object?)null));
    }

    public static void Ordering<T>(T smaller, T equal, T larger)
        where T : IComparable<T>
    {
        Assert.True(smaller.CompareTo(larger) < 0);
        Assert.True(larger.CompareTo(smaller) > 0);
        Assert.Equal(0, smaller.CompareTo(equal));
        Assert.True(((IComparable)smaller!).CompareTo(larger) < 0);
        Assert.True(((IComparable)smaller!).CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => ((IComparable)smaller!).CompareTo("not the same type"));
    }
}
