using Bulwark.Casework.Audit;
using Bulwark.Casework.Cases;
using Bulwark.Casework.Evidence;
using Bulwark.Casework.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bulwark.Server.Reporting;

/// <summary>Registers <see cref="CaseReporting"/> (after casework) and, when it is configured, resuming unfinished reports at start-up.</summary>
public static class CaseReportingRegistration
{
    /// <summary>Adds <see cref="CaseReporting"/>; <paramref name="options"/> null registers it unconfigured.</summary>
    public static IServiceCollection AddCaseReporting(this IServiceCollection services, CaseReportingOptions? options)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(provider => new CaseReporting(
            provider.GetRequiredService<CaseService>(),
            provider.GetRequiredService<EvidenceVault>(),
            provider.GetRequiredService<AuditLog>(),
            provider.GetRequiredService<IDbContextFactory<CaseworkDbContext>>(),
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            options));
        if (options is not null)
        {
            services.AddHostedService<ReportResumption>();
        }

        return services;
    }
}
