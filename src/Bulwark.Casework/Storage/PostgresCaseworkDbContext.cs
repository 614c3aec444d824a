using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Storage;

/// <summary>The PostgreSQL flavour of <see cref="CaseworkDbContext"/>; owns Storage/Migrations/Postgres.</summary>
internal sealed class PostgresCaseworkDbContext(DbContextOptions<PostgresCaseworkDbContext> options) : CaseworkDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // timestamptz in Npgsql accepts only offset zero; normalise rather than fail on a caller's local time.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTimestampConverter>();
    }
}
