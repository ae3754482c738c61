using System.Buffers.Binary;

namespace CrossBorder.Forecasting.Files;

/// <summary>
/// Checks the shape of a Parquet file's footer before Parquet.Net parses it. Parquet.Net 6.1 trusts the element counts
/// of the footer's Thrift lists: a damaged count (found by fuzzing) makes it read varints past the end for billions of
/// elements, a hang rather than an error. The footer is Thrift's compact protocol; walking it once, with every count
/// and length held to the bytes that remain, turns such a file into a <see cref="FormatException"/>.
/// </summary>
internal static class ParquetFooter
{
    private const int MaxDepth = 64;
    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    /// <summary>Why the footer of <paramref name="stream"/> (seekable) cannot be a Parquet footer, or null when its shape is sound.</summary>
    public static string? Problem(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return null;
        }

        var length = stream.Length;
        if (length < 12)
        {
            return "it is shorter than a Parquet file's header and footer";
        }

        var start = stream.Position;
        try
        {
            Span<byte> tail = stackalloc byte[8];
            stream.Position = length - 8;
            stream.ReadExactly(tail);
            var size = BinaryPrimitives.ReadInt32LittleEndian(tail);
            if (!tail[4..].SequenceEqual(Magic) || size <= 0 || size > length - 12)
            {
                return "its footer is missing or its length is wrong";
            }

            var footer = new byte[size];
            stream.Position = length - 8 - size;
            stream.ReadExactly(footer);
            var at = 0;
            return SkipStruct(footer, ref at, 0) ? null : "its footer is damaged";
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static bool SkipStruct(ReadOnlySpan<byte> b, ref int at, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        while (at < b.Length)
        {
            var header = b[at++];
            if (header == 0)
            {
                return true;
            }

            if (header >> 4 == 0 && !SkipVarint(b, ref at))
            {
                return false;
            }

            var type = header & 0x0F;
            if (type is not (1 or 2) && !Skip(b, ref at, type, depth))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Skips one value of compact type <paramref name="type"/> (booleans in a list take a byte).</summary>
    private static bool Skip(ReadOnlySpan<byte> b, ref int at, int type, int depth)
    {
        switch (type)
        {
            case 1 or 2 or 3:
                return Advance(b, ref at, 1);
            case 4 or 5 or 6:
                return SkipVarint(b, ref at);
            case 7:
                return Advance(b, ref at, 8);
            case 8:
                return ReadSize(b, ref at, out var length) && Advance(b, ref at, length);
            case 9 or 10:
                {
                    if (at >= b.Length)
                    {
                        return false;
                    }

                    var header = b[at++];
                    var count = header >> 4;
                    if (count == 15 && !ReadSize(b, ref at, out count))
                    {
                        return false;
                    }

                    return SkipElements(b, ref at, count, [header & 0x0F], depth);
                }

            case 11:
                {
                    if (!ReadSize(b, ref at, out var count))
                    {
                        return false;
                    }

                    if (count == 0)
                    {
                        return true;
                    }

                    if (at >= b.Length)
                    {
                        return false;
                    }

                    var types = b[at++];
                    return SkipElements(b, ref at, count, [types >> 4, types & 0x0F], depth);
                }

            case 12:
                return SkipStruct(b, ref at, depth + 1);
            default:
                return false;
        }
    }

    /// <summary>Skips <paramref name="count"/> elements, each of the given types in turn; every element takes a byte at least, so a count beyond the bytes left is damage.</summary>
    private static bool SkipElements(ReadOnlySpan<byte> b, ref int at, int count, ReadOnlySpan<int> types, int depth)
    {
        if (count > b.Length - at)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            foreach (var type in types)
            {
                if (!Skip(b, ref at, type, depth + 1))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Advance(ReadOnlySpan<byte> b, ref int at, int count)
    {
        if (count > b.Length - at)
        {
            return false;
        }

        at += count;
        return true;
    }

    private static bool SkipVarint(ReadOnlySpan<byte> b, ref int at)
    {
        for (var i = 0; i < 10 && at < b.Length; i++)
        {
            if ((b[at++] & 0x80) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An unsigned varint size that fits in an <see cref="int"/>.</summary>
    private static bool ReadSize(ReadOnlySpan<byte> b, ref int at, out int size)
    {
        size = 0;
        long value = 0;
        for (var shift = 0; shift < 35 && at < b.Length; shift += 7)
        {
            var next = b[at++];
            value |= (long)(next & 0x7F) << shift;
            if ((next & 0x80) == 0)
            {
                if (value > int.MaxValue)
                {
                    return false;
                }

                size = (int)value;
                return true;
            }
        }

        return false;
    }
}
