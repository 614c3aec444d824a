using Bulwark.Casework.Access;
using Bulwark.Casework.Appeals;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Reports;
using Bulwark.Casework.Audit;
using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Incidents;
using Bulwark.Casework.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulwark.Casework;

/// <summary>Registers casework services.</summary>
public static class CaseworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the casework database (<see cref="IDbContextFactory{TContext}"/> of <see cref="CaseworkDbContext"/>,
    /// and a scoped <see cref="CaseworkDbContext"/>), <see cref="CaseworkDatabase"/>, and the singletons
    /// <see cref="AuditLog"/>, <see cref="ApiKeyService"/>, <see cref="EnforcementService"/>,
    /// <see cref="EvidenceVault"/>, <see cref="IncidentRecorder"/>, <see cref="IncidentWriter"/>, <see cref="CaseService"/>,
    /// <see cref="UserReportService"/> and <see cref="AppealService"/>. Uses
    /// <see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> is already registered. When
    /// <see cref="CaseworkOptions.MasterKeys"/> is not set, keys are read from the environment. Call
    /// <see cref="CaseworkDatabase.MigrateAsync"/> once at start-up.
    /// </summary>
    public static IServiceCollection AddCasework(
        this IServiceCollection services,
        CaseworkStorageOptions storage,
        Action<CaseworkOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(storage);
        storage.Validate();
        var options = new CaseworkOptions();
        configure?.Invoke(options);
        options.MasterKeys ??= MasterKeyRing.FromEnvironment();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(storage);
        services.AddSingleton(options);
        services.AddSingleton<IDbContextFactory<CaseworkDbContext>>(new CaseworkContextFactory(storage));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<CaseworkDbContext>>().CreateDbContext());
        services.AddSingleton<CaseworkDatabase>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<EnforcementService>();
        services.AddSingleton<EvidenceVault>();
        services.AddSingleton<IncidentRecorder>();
        services.AddSingleton<IncidentWriter>();
        services.AddSingleton<CaseService>();
        services.AddSingleton<UserReportService>();
        services.AddSingleton<AppealService>();
        return services;
    }
}
