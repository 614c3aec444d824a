using Bulwark.Reporting.Ncmec.Xml;

namespace Bulwark.Reporting.Tests.Fakes;

/// <summary>NCMEC's schema from ../shared/reference/ncmec beside the repository (Bulwark does not ship NCMEC's schema).</summary>
internal static class NcmecReference
{
    private static readonly Lazy<string> SchemaFile = new(Find);
    private static readonly Lazy<CyberTiplineSchema> Compiled = new(() => CyberTiplineSchema.Load(SchemaFile.Value));

    public static string SchemaPath => SchemaFile.Value;

    public static CyberTiplineSchema Schema => Compiled.Value;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "reference", "ncmec", "cybertipline-report.xsd");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("shared/reference/ncmec/cybertipline-report.xsd was not found above " + AppContext.BaseDirectory);
    }
}
