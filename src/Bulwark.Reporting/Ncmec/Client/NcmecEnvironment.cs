namespace Bulwark.Reporting.Ncmec.Client;

/// <summary>Which CyberTipline the client talks to.</summary>
public enum NcmecEnvironment
{
    /// <summary>NCMEC's test environment, <c>https://exttest.cybertip.org/ispws</c>: reports there are not real.</summary>
    Test,

    /// <summary>Production, <c>https://report.cybertip.org/ispws</c>: every finished report is a legal report.</summary>
    Production,
}
