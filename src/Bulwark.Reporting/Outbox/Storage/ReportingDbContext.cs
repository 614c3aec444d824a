using Microsoft.EntityFrameworkCore;

namespace Bulwark.Reporting.Outbox.Storage;

/// <summary>
/// The reporting outbox's database. One schema, two providers: <see cref="SqliteReportingDbContext"/> and
/// <see cref="PostgresReportingDbContext"/> each carry their own migrations (see the folder's README).
/// </summary>
public abstract class ReportingDbContext : DbContext
{
    protected ReportingDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<OutboxReport> Reports => Set<OutboxReport>();

    public DbSet<OutboxFile> Files => Set<OutboxFile>();

    public DbSet<OutboxEvent> Events => Set<OutboxEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxReport>(report =>
        {
            report.ToTable("outbox_reports");
            report.HasKey(r => r.Id);
            report.Property(r => r.CaseId).HasMaxLength(200);
            report.Property(r => r.Destination).HasMaxLength(50);
            report.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
            report.Property(r => r.RemoteReportId).HasMaxLength(100);
            report.Property(r => r.Version).IsConcurrencyToken();
            report.HasIndex(r => new { r.Destination, r.CaseId });
            report.HasIndex(r => r.State);
            report.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
            report.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OutboxFile>(file =>
        {
            file.ToTable("outbox_files");
            file.HasKey(f => f.Id);
            file.Property(f => f.FileName).HasMaxLength(500);
            file.Property(f => f.State).HasConversion<string>().HasMaxLength(20);
            file.Property(f => f.RemoteFileId).HasMaxLength(200);
            file.Property(f => f.Md5).HasMaxLength(32);
            file.Property(f => f.ExpectedMd5).HasMaxLength(32);
            file.HasIndex(f => new { f.ReportId, f.Ordinal }).IsUnique();
        });
        modelBuilder.Entity<OutboxEvent>(journal =>
        {
            journal.ToTable("outbox_events");
            journal.HasKey(e => e.Id);
            journal.Property(e => e.Step).HasMaxLength(50);
            journal.Property(e => e.Outcome).HasMaxLength(50);
            journal.Property(e => e.RequestId).HasMaxLength(200);
            journal.HasIndex(e => e.ReportId);
        });
    }
}
