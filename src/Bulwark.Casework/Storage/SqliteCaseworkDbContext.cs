using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Storage;

/// <summary>The SQLite flavour of <see cref="CaseworkDbContext"/>; owns Storage/Migrations/Sqlite.</summary>
internal sealed class SqliteCaseworkDbContext(DbContextOptions<SqliteCaseworkDbContext> options) : CaseworkDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite stores DateTimeOffset as text it cannot order or compare; UTC ticks sort and compare correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
