using System.Globalization;

namespace Bulwark.Scanning.Urls;

/// <summary>
/// Reads a host as an IPv4 address in any form <c>inet_aton</c> accepts — one to four parts, each decimal, octal
/// (leading 0) or hex (0x), the last part filling the remaining bytes — and writes it as four decimal parts.
/// </summary>
internal static class Ipv4
{
    public static string? TryParse(ReadOnlySpan<byte> host)
    {
        if (host.IsEmpty)
        {
            return null;
        }

        Span<ulong> parts = stackalloc ulong[4];
        var count = 0;
        foreach (var range in host.Split((byte)'.'))
        {
            if (count == 4 || ParsePart(host[range]) is not { } value)
            {
                return null;
            }

            parts[count++] = value;
        }

        ulong address = 0;
        for (var i = 0; i < count - 1; i++)
        {
            if (parts[i] > 255)
            {
                return null;
            }

            address |= parts[i] << (8 * (3 - i));
        }

        var lastBits = 8 * (5 - count);
        if (parts[count - 1] >= 1UL << lastBits)
        {
            return null;
        }

        address |= parts[count - 1];
        return string.Create(CultureInfo.InvariantCulture, $"{(address >> 24) & 255}.{(address >> 16) & 255}.{(address >> 8) & 255}.{address & 255}");
    }

    private static ulong? ParsePart(ReadOnlySpan<byte> part)
    {
        if (part.IsEmpty)
        {
            return null;
        }

        var radix = 10;
        if (part.Length > 1 && part[0] == '0' && (part[1] == 'x' || part[1] == 'X'))
        {
            radix = 16;
            part = part[2..];
        }
        else if (part.Length > 1 && part[0] == '0')
        {
            radix = 8;
            part = part[1..];
        }

        if (part.IsEmpty)
        {
            return radix == 16 ? 0UL : null;
        }

        ulong value = 0;
        foreach (var b in part)
        {
            var digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                _ => 99,
            };
            if (digit >= radix)
            {
                return null;
            }

            value = (value * (ulong)radix) + (ulong)digit;
            if (value > uint.MaxValue)
            {
                return null;
            }
        }

        return value;
    }
}
