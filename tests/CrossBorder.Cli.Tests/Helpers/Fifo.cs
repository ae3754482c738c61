using System.Runtime.InteropServices;

namespace CrossBorder.Cli.Tests.Helpers;

/// <summary>Named pipes for tests of outputs and inputs that are not regular files (Linux and macOS only).</summary>
public static class Fifo
{
    /// <summary>Whether the platform has FIFOs.</summary>
    public static bool Supported => !OperatingSystem.IsWindows();

    /// <summary>Creates a FIFO at <paramref name="path"/>.</summary>
    public static string Create(string path)
    {
        if (MakeFifo(System.Text.Encoding.UTF8.GetBytes(path + "\0"), Convert.ToUInt32("600", 8)) != 0)
        {
            throw new IOException($"mkfifo '{path}' failed: errno {Marshal.GetLastPInvokeError()}");
        }

        return path;
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MakeFifo(byte[] path, uint mode);
}

/// <summary>A fact that needs FIFOs and devices (<c>/dev/full</c>): skipped on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!Fifo.Supported || !File.Exists("/dev/full"))
        {
            Skip = "Needs FIFOs and /dev/full (Linux or macOS).";
        }
    }
}
