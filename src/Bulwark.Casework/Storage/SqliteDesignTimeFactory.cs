using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bulwark.Casework.Storage;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteCaseworkDbContext</c> build the SQLite model without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCaseworkDbContext>
{
    public SqliteCaseworkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCaseworkDbContext>().UseSqlite(CaseworkStorageOptions.DefaultSqliteConnectionString).Options);
}
