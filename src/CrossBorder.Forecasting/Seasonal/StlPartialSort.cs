namespace CrossBorder.Forecasting;

/// <summary>
/// The partial quicksort that R's <c>stl.f</c> uses to find the median absolute residual (<c>psort</c>, after
/// Singleton's ACM algorithm 347), reproduced step for step because its result is part of R's answer: <c>stl</c>
/// asks for the order statistics n/2 + 1 and n − n/2 in that (descending) order, while the routine assumes
/// ascending requests, so for even n the second one is not always in place and R's "median" is then a nearby
/// value. Matching R's robust STL to rounding needs the same values, so they are found the same way.
/// </summary>
internal static class StlPartialSort
{
    /// <summary>
    /// Partially sorts <paramref name="a"/> (in place) so that, as in R, the positions <paramref name="first"/>
    /// and <paramref name="second"/> (1-based, in the order given) hold what R's psort leaves there.
    /// </summary>
    internal static void Run(Span<double> a, int first, int second)
    {
        var n = a.Length;
        if (n < 2)
        {
            return;
        }

        Span<int> ind = [first, second];
        Span<int> lowStack = stackalloc int[16];
        Span<int> highStack = stackalloc int[16];
        Span<int> indLow = stackalloc int[16];
        Span<int> indHigh = stackalloc int[16];

        // All indices below are 1-based, as in the Fortran: A(x) is a[x - 1].
        int jl = 1, ju = 2;
        indLow[0] = 1;
        indHigh[0] = 2;
        int i = 1, j = n, m = 1;
        int k, l, ij, p;
        double t, tt;

    Loop:
        if (i < j)
        {
            goto Partition;
        }

    Pop:
        m--;
        if (m == 0)
        {
            return;
        }

        i = lowStack[m - 1];
        j = highStack[m - 1];
        jl = indLow[m - 1];
        ju = indHigh[m - 1];
        if (jl > ju)
        {
            goto Pop;
        }

    Segment:
        if (j - i <= 10)
        {
            goto Insertion;
        }

    Partition:
        k = i;
        ij = (i + j) / 2;
        t = a[ij - 1];
        if (a[i - 1] > t)
        {
            a[ij - 1] = a[i - 1];
            a[i - 1] = t;
            t = a[ij - 1];
        }

        l = j;
        if (a[j - 1] < t)
        {
            a[ij - 1] = a[j - 1];
            a[j - 1] = t;
            t = a[ij - 1];
            if (a[i - 1] > t)
            {
                a[ij - 1] = a[i - 1];
                a[i - 1] = t;
                t = a[ij - 1];
            }
        }

        while (true)
        {
            l--;
            if (a[l - 1] <= t)
            {
                tt = a[l - 1];
                do
                {
                    k++;
                }
                while (!(a[k - 1] >= t));

                if (k > l)
                {
                    break;
                }

                a[l - 1] = a[k - 1];
                a[k - 1] = tt;
            }
        }

        indLow[m - 1] = jl;
        indHigh[m - 1] = ju;
        p = m;
        m++;
        if (l - i <= j - k)
        {
            lowStack[p - 1] = k;
            highStack[p - 1] = j;
            j = l;
            while (true)
            {
                if (jl > ju)
                {
                    goto Pop;
                }

                if (ind[ju - 1] > j)
                {
                    ju--;
                }
                else
                {
                    break;
                }
            }

            indLow[p - 1] = ju + 1;
        }
        else
        {
            lowStack[p - 1] = i;
            highStack[p - 1] = l;
            i = k;
            while (true)
            {
                if (jl > ju)
                {
                    goto Pop;
                }

                if (ind[jl - 1] < i)
                {
                    jl++;
                }
                else
                {
                    break;
                }
            }

            indHigh[p - 1] = jl - 1;
        }

        goto Segment;

    Insertion:
        if (i != 1)
        {
            // Straight insertion, with A(i − 1) as the sentinel left by the partitions above.
            i--;
            while (true)
            {
                i++;
                if (i == j)
                {
                    goto Pop;
                }

                t = a[i];
                if (a[i - 1] > t)
                {
                    k = i;
                    do
                    {
                        a[k] = a[k - 1];
                        k--;
                    }
                    while (!(t >= a[k - 1]));

                    a[k] = t;
                }
            }
        }

        goto Loop;
    }
}
