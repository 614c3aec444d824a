namespace Bulwark.Casework.Storage;

/// <summary>The database engine casework is stored in.</summary>
public enum CaseworkProvider
{
    /// <summary>An embedded SQLite file: the default, for a two-command start.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: for production and for several gateway replicas sharing one store.</summary>
    PostgreSql,
}
