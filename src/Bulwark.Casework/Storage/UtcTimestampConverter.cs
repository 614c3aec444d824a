using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bulwark.Casework.Storage;

/// <summary>
/// Normalises a <see cref="DateTimeOffset"/> to offset zero before it reaches PostgreSQL, whose <c>timestamptz</c>
/// mapping in Npgsql refuses any other offset: a caller passing local time gets the same instant stored, not an error.
/// </summary>
internal sealed class UtcTimestampConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
