using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bulwark.Casework.Storage;

/// <summary>
/// Lets <c>dotnet ef migrations add X --context PostgresCaseworkDbContext</c> build the PostgreSQL model without a
/// host; generating a migration needs no server, so the connection string is a placeholder.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCaseworkDbContext>
{
    public PostgresCaseworkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCaseworkDbContext>().UseNpgsql("Host=localhost;Database=bulwark").Options);
}
