namespace CrossBorder.Advertising;

/// <summary>
/// Shares a pool of whole minor units between parts so that the units with the highest values win: part i owns its
/// minimum and then units k = min+1, min+2, … whose value <c>value(i, k)</c> falls with k (diminishing returns). The
/// result is the top units under one strict order (value descending, then part index, then k), found by bisecting on
/// the value threshold, so it is optimal for concave returns, sums exactly to the pool, respects every bound, and is
/// house-monotone: a larger pool never gives any part less (no Alabama paradox, unlike largest remainders).
/// With value(i, k) = a·b·s^(b−1) at the unit's midpoint it equalises marginal returns; with w / (k − ½) it is the
/// Sainte-Laguë (Webster) divisor method, i.e. shares proportional to w.
/// </summary>
internal static class MarginalAllocator
{
    /// <summary>An upper bound that stands for "no maximum" and still adds without overflow.</summary>
    internal const long Unbounded = long.MaxValue / 1024;

    internal static long[] Allocate(long pool, ReadOnlySpan<long> minimum, ReadOnlySpan<long> maximum, Func<int, long, double> value)
    {
        var n = minimum.Length;
        var extra = pool;
        for (var i = 0; i < n; i++)
        {
            extra -= minimum[i];
        }

        // Nobody can take more than the whole excess, so the search for each part stops there.
        var cap = new long[n];
        var least = new long[n];
        double hi = 0d, lo = double.MaxValue;
        long capacity = 0;
        for (var i = 0; i < n; i++)
        {
            least[i] = minimum[i];
            cap[i] = Math.Min(maximum[i], minimum[i] + Math.Max(extra, 0L));
            capacity = Math.Min(capacity + (cap[i] - minimum[i]), Unbounded);
            if (cap[i] > minimum[i])
            {
                hi = Math.Max(hi, value(i, minimum[i] + 1));
                lo = Math.Min(lo, value(i, cap[i]));
            }
        }

        if (extra < 0 || capacity < extra)
        {
            throw new InvalidOperationException("The pool is outside the parts' bounds (checked by the caller).");
        }

        if (extra == 0)
        {
            return least;
        }

        if (!(lo > 0d) || !double.IsFinite(hi))
        {
            throw new InvalidOperationException("Unit values must be positive and finite.");
        }

        // Invariant: Count(hi) <= pool <= Count(lo); values are compared with >=, so above the highest value nothing is taken.
        hi = Math.BitIncrement(hi);
        var atLo = new long[n];
        var atHi = new long[n];
        if (Count(lo, minimum, cap, value, atLo) == pool)
        {
            return atLo;
        }

        Count(hi, minimum, cap, value, atHi);
        while (true)
        {
            var mid = hi / lo > 4d ? Math.Sqrt(lo) * Math.Sqrt(hi) : lo + ((hi - lo) / 2d);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            var taken = Count(mid, minimum, cap, value, least);
            if (taken == pool)
            {
                return least;
            }

            if (taken > pool)
            {
                lo = mid;
                least.AsSpan().CopyTo(atLo);
            }
            else
            {
                hi = mid;
                least.AsSpan().CopyTo(atHi);
            }
        }

        // lo and hi are adjacent doubles: the units between them all have value lo; they go by part index.
        var remaining = pool;
        for (var i = 0; i < n; i++)
        {
            remaining -= atHi[i];
        }

        for (var i = 0; i < n && remaining > 0; i++)
        {
            var more = Math.Min(Math.Max(atLo[i] - atHi[i], 0L), remaining);
            atHi[i] += more;
            remaining -= more;
        }

        return remaining == 0 ? atHi : throw new InvalidOperationException("The unit values are not monotone.");
    }

    /// <summary>For each part, the last unit whose value is at least <paramref name="threshold"/> (binary search); returns the total.</summary>
    private static long Count(double threshold, ReadOnlySpan<long> minimum, long[] cap, Func<int, long, double> value, long[] into)
    {
        long total = 0;
        for (var i = 0; i < into.Length; i++)
        {
            long low = minimum[i], high = cap[i];
            while (low < high)
            {
                var mid = low + ((high - low + 1) / 2);
                if (value(i, mid) >= threshold)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            into[i] = low;
            total += low;
        }

        return total;
    }
}
