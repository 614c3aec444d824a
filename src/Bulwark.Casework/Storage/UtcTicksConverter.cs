using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bulwark.Casework.Storage;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as its UTC ticks, because SQLite cannot compare or order DateTimeOffset
/// text; read back it is always UTC (offset zero), the same as PostgreSQL's <c>timestamptz</c> gives.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
