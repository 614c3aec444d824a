using Bulwark.Casework.Access;
using Bulwark.Casework.Appeals;
using Bulwark.Casework.Audit;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Incidents;
using Bulwark.Casework.Reports;
using Bulwark.Casework.Reviewers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Casework.Storage;

/// <summary>
/// The casework database. The model is defined once, here; one small sealed subclass per provider
/// (<c>SqliteCaseworkDbContext</c>, <c>PostgresCaseworkDbContext</c>) adds only provider conventions and owns its
/// own migrations set. Obtain instances from <see cref="IDbContextFactory{TContext}"/> of
/// <see cref="CaseworkDbContext"/> (registered by <c>AddCasework</c>), never by constructing a subclass.
/// To add an entity: add a <see cref="DbSet{TEntity}"/> and its configuration in <see cref="OnModelCreating"/>,
/// then generate a migration for both providers (see Storage/README.md). Console accounts (ASP.NET Core Identity's
/// users, roles and claims, tables <c>console_*</c>) live here too: decisions and audit entries name reviewers, and one
/// database is one backup.
/// </summary>
public abstract class CaseworkDbContext : IdentityDbContext<ConsoleUser, IdentityRole, string>
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

    /// <summary>Cases.</summary>
    public DbSet<ReviewCase> Cases => Set<ReviewCase>();

    /// <summary>The incidents and reports in each case.</summary>
    public DbSet<CaseItem> CaseItems => Set<CaseItem>();

    /// <summary>Reviewers' decisions.</summary>
    public DbSet<CaseDecision> CaseDecisions => Set<CaseDecision>();

    /// <summary>User reports.</summary>
    public DbSet<UserReport> UserReports => Set<UserReport>();

    /// <summary>Appeals against enforcement actions.</summary>
    public DbSet<Appeal> Appeals => Set<Appeal>();

    /// <summary>The hash-chained audit log; append through <see cref="Audit.AuditLog"/> only.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums as their names: readable in SQL and safe against reordering members.
        configurationBuilder.Properties<EnforcementKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ViolationSource>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CaseStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ReviewVerdict>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ReportSubjectKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AppealStatus>().HaveConversion<string>().HaveMaxLength(16);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        var modelBuilder = builder;
        ConfigureConsoleAccounts(modelBuilder);
        ConfigureCases(modelBuilder);

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

    private static void ConfigureConsoleAccounts(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ConsoleUser>().ToTable("console_users");
        modelBuilder.Entity<IdentityRole>().ToTable("console_roles");
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("console_user_roles");
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("console_user_claims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("console_user_logins");
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("console_role_claims");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("console_user_tokens");
    }

    private static void ConfigureCases(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReviewCase>(@case =>
        {
            @case.ToTable("cases");
            @case.Property(c => c.TenantId).HasMaxLength(128);
            @case.Property(c => c.ExternalUserId).HasMaxLength(256);
            @case.Property(c => c.OpenSubjectKey).HasMaxLength(400);
            @case.Property(c => c.Queue).HasMaxLength(64);
            @case.Property(c => c.Category).HasMaxLength(64);
            @case.Property(c => c.ClaimedBy).HasMaxLength(256);
            @case.Property(c => c.Version).IsConcurrencyToken();
            @case.HasIndex(c => c.OpenSubjectKey).IsUnique();
            @case.HasIndex(c => new { c.Queue, c.Status, c.Priority, c.OpenedAt });
            @case.HasIndex(c => new { c.TenantId, c.ExternalUserId });
            @case.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.CaseId);
        });

        modelBuilder.Entity<CaseItem>(item =>
        {
            item.ToTable("case_items");
            item.Property(i => i.Category).HasMaxLength(64);
            item.HasIndex(i => i.IncidentId).IsUnique();
            item.HasIndex(i => i.UserReportId).IsUnique();
            item.HasOne<Incident>().WithMany().HasForeignKey(i => i.IncidentId);
            item.HasOne<UserReport>().WithMany().HasForeignKey(i => i.UserReportId);
        });

        modelBuilder.Entity<CaseDecision>(decision =>
        {
            decision.ToTable("case_decisions");
            decision.Property(d => d.Category).HasMaxLength(64);
            decision.Property(d => d.Reason).HasMaxLength(2000);
            decision.Property(d => d.ReviewerId).HasMaxLength(256);
            decision.HasIndex(d => d.CaseId);
            decision.HasIndex(d => d.DecidedAt);
            decision.HasIndex(d => d.EnforcementActionId);
            decision.HasOne<ReviewCase>().WithMany().HasForeignKey(d => d.CaseId);
        });

        modelBuilder.Entity<UserReport>(report =>
        {
            report.ToTable("user_reports");
            report.Property(r => r.TenantId).HasMaxLength(128);
            report.Property(r => r.ReporterId).HasMaxLength(256);
            report.Property(r => r.SubjectId).HasMaxLength(256);
            report.Property(r => r.SubjectUserId).HasMaxLength(256);
            report.Property(r => r.Category).HasMaxLength(64);
            report.Property(r => r.DedupeKey).HasMaxLength(64);
            report.HasIndex(r => r.DedupeKey).IsUnique();
            report.HasOne<EvidenceItem>().WithMany().HasForeignKey(r => r.EvidenceId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<Appeal>(appeal =>
        {
            appeal.ToTable("appeals");
            appeal.Property(a => a.TenantId).HasMaxLength(128);
            appeal.Property(a => a.ExternalUserId).HasMaxLength(256);
            appeal.Property(a => a.DecidedBy).HasMaxLength(256);
            appeal.Property(a => a.DecisionReason).HasMaxLength(2000);
            appeal.HasIndex(a => a.EnforcementActionId).IsUnique();
            appeal.HasIndex(a => a.Status);
            appeal.HasOne<EnforcementAction>().WithMany().HasForeignKey(a => a.EnforcementActionId);
            appeal.HasOne<EvidenceItem>().WithMany().HasForeignKey(a => a.StatementEvidenceId).OnDelete(DeleteBehavior.SetNull);
        });
    }
}
