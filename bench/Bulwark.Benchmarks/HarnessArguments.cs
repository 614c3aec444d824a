using System.Globalization;

namespace Bulwark.Benchmarks;

/// <summary>The "--name value" options of the small harnesses.</summary>
internal static class HarnessArguments
{
    /// <summary>The integer after <paramref name="name"/>, or <paramref name="fallback"/> when it is absent or not a number.</summary>
    public static int Int(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
