using CrossBorder.Fuzz;
using SharpFuzz;

// crossborder fuzz targets: `list`, `TARGET` (under afl-fuzz, through eng/fuzz.sh), or `TARGET --replay FILE...`
// (each file run once in-process: how a crash from artifacts/fuzz/TARGET/ is reproduced without AFL).
if (args.Length == 0 || args[0] is "list" or "-h" or "--help")
{
    foreach (var t in FuzzTargets.All)
    {
        Console.WriteLine($"{t.Name,-22} {t.Reads}; bad input: {string.Join(" or ", t.Documented.Select(d => d.Name).DefaultIfEmpty("one error: line"))}");
    }

    return args.Length == 0 ? 2 : 0;
}

var target = FuzzTargets.Find(args[0]);
if (target is null)
{
    Console.Error.WriteLine($"error: no fuzz target '{args[0]}'; `list` names them.");
    return 2;
}

if (args.Length > 1 && args[1] == "--replay")
{
    var failed = 0;
    foreach (var file in args.Skip(2))
    {
        try
        {
            target.Run(File.ReadAllBytes(file));
            Console.WriteLine($"ok    {file}");
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine($"CRASH {file}: {e}");
        }
    }

    return failed == 0 ? 0 : 1;
}

Fuzzer.Run(stream => target.Run(ReadCapped(stream)));
return 0;

// The input, or one byte more than the cap when longer (the target then skips it without reading the rest).
static byte[] ReadCapped(Stream stream)
{
    var buffer = new byte[FuzzTarget.MaxInputBytes + 1];
    var length = 0;
    int read;
    while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
    {
        length += read;
    }

    return buffer[..length];
}
