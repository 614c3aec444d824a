using Bulwark.Casework.Access;
using Bulwark.Casework.Audit;
using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Incidents;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Storage;

/// <summary>
/// The casework database. The model is defined once, here; one small sealed subclass per provider
/// (<c>SqliteCaseworkDbContext</c>, <c>PostgresCaseworkDbContext</c>) adds only provider conventions and owns its
/// own migrations set. Obtain instances from <see cref="IDbContextFactory{TContext}"/> of
/// <see cref="CaseworkDbContext"/> (registered by <c>AddCasework</c>), never by constructing a subclass.
/// To add an entity: add a <see cref="DbSet{TEntity}"/> and its configuration in <see cref="OnModelCreating"/>,
/// then generate a migration for both providers (see Storage/README.md).
/// </summary>
public abstract class CaseworkDbContext : DbContext
{
    /// <summary>Creates the context; only the provider subclasses call this.</summary>
    private protected CaseworkDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Tenants.</summary>
    public DbSet<Tenant> Tenants => Set<Tenant>();

    /// <summary>Bulwark-issued API keys (hashes only).</summary>
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>End-user accounts.</summary>
    public DbSet<Account> Accounts => Set<Account>();

    /// <summary>Enforcement actions, reversed ones included.</summary>
    public DbSet<EnforcementAction> EnforcementActions => Set<EnforcementAction>();

    /// <summary>Encrypted evidence.</summary>
    public DbSet<EvidenceItem> Evidence => Set<EvidenceItem>();

    /// <summary>Incidents.</summary>
    public DbSet<Incident> Incidents => Set<Incident>();

    /// <summary>Incident findings.</summary>
    public DbSet<IncidentFinding> IncidentFindings => Set<IncidentFinding>();

    /// <summary>The hash-chained audit log; append through <see cref="Audit.AuditLog"/> only.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums as their names: readable in SQL and safe against reordering members.
        configurationBuilder.Properties<EnforcementKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ViolationSource>().HaveConversion<string>().HaveMaxLength(32);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<Tenant>(tenant =>
        {
            tenant.ToTable("tenants");
            tenant.HasKey(t => t.Id);
            tenant.Property(t => t.Id).HasMaxLength(128);
        });

        modelBuilder.Entity<ApiKey>(key =>
        {
            key.ToTable("api_keys");
            key.Property(k => k.TenantId).HasMaxLength(128);
            key.Property(k => k.Prefix).HasMaxLength(32);
            key.Property(k => k.KeyHash).HasMaxLength(32);
            key.Property(k => k.UpstreamCredential).HasMaxLength(128);
            key.Property(k => k.Label).HasMaxLength(256);
            key.HasIndex(k => k.Prefix);
            key.HasIndex(k => k.KeyHash).IsUnique();
            key.HasOne<Tenant>().WithMany().HasForeignKey(k => k.TenantId);
        });

        modelBuilder.Entity<Account>(account =>
        {
            account.ToTable("accounts");
            account.Property(a => a.TenantId).HasMaxLength(128);
            account.Property(a => a.ExternalUserId).HasMaxLength(256);
            account.HasIndex(a => new { a.TenantId, a.ExternalUserId }).IsUnique();
            account.Property(a => a.Version).IsConcurrencyToken();
            account.HasMany(a => a.Actions).WithOne().HasForeignKey(a => a.AccountId);
        });

        modelBuilder.Entity<EnforcementAction>(action =>
        {
            action.ToTable("enforcement_actions");
            action.Property(a => a.Category).HasMaxLength(64);
            action.Property(a => a.Actor).HasMaxLength(256);
            action.Property(a => a.LadderId).HasMaxLength(64);
            action.Property(a => a.PolicyVersion).HasMaxLength(128);
            action.Property(a => a.Reference).HasMaxLength(256);
            action.Property(a => a.ReversedBy).HasMaxLength(256);
            action.HasIndex(a => new { a.AccountId, a.CreatedAt });
        });

        modelBuilder.Entity<EvidenceItem>(item =>
        {
            item.ToTable("evidence");
            item.Property(e => e.TenantId).HasMaxLength(128);
            item.Property(e => e.ContentType).HasMaxLength(128);
            item.Property(e => e.MasterKeyId).HasMaxLength(64);
            item.Property(e => e.Version).IsConcurrencyToken();
            item.HasIndex(e => e.ExpiresAt);
            item.HasIndex(e => e.MasterKeyId);
        });

        modelBuilder.Entity<Incident>(incident =>
        {
            incident.ToTable("incidents");
            incident.Property(i => i.TenantId).HasMaxLength(128);
            incident.Property(i => i.ExternalUserId).HasMaxLength(256);
            incident.Property(i => i.Surface).HasMaxLength(32);
            incident.Property(i => i.Action).HasMaxLength(32);
            incident.Property(i => i.PrimaryCategory).HasMaxLength(64);
            incident.Property(i => i.PolicyId).HasMaxLength(128);
            incident.Property(i => i.PolicyVersion).HasMaxLength(128);
            incident.Property(i => i.PolicyHash).HasMaxLength(64);
            incident.Property(i => i.Route).HasMaxLength(256);
            incident.Property(i => i.Protocol).HasMaxLength(32);
            incident.Property(i => i.RequestId).HasMaxLength(128);
            incident.HasIndex(i => i.OccurredAt);
            incident.HasIndex(i => new { i.TenantId, i.ExternalUserId, i.OccurredAt });
            incident.HasMany(i => i.Findings).WithOne().HasForeignKey(f => f.IncidentId);
            incident.HasOne<EvidenceItem>().WithMany().HasForeignKey(i => i.EvidenceId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<IncidentFinding>(finding =>
        {
            finding.ToTable("incident_findings");
            finding.Property(f => f.Category).HasMaxLength(64);
            finding.Property(f => f.Action).HasMaxLength(32);
            finding.Property(f => f.RuleId).HasMaxLength(256);
            finding.Property(f => f.Detector).HasMaxLength(128);
            finding.Property(f => f.MatchedSignal).HasMaxLength(256);
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_log");
            entry.HasKey(e => e.Sequence);
            entry.Property(e => e.Sequence).ValueGeneratedNever();
            entry.Property(e => e.Actor).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.Property(e => e.Subject).HasMaxLength(512);
            entry.Property(e => e.PreviousHash).HasMaxLength(64);
            entry.Property(e => e.Hash).HasMaxLength(64);
        });
    }
}
