using System.CommandLine;
using Bulwark.Scanning.Records;

namespace Bulwark.Cli.Scanning;

/// <summary>The column-mapping options of <c>bulwark scan</c>: each names the one column (or JSON field) to use instead of the defaults.</summary>
internal sealed class ColumnOptions
{
    private readonly Option<string?> _url = Create("--url-column", "URLs", ColumnMapping.Default.Url);
    private readonly Option<string?> _caption = Create("--caption-column", "captions", ColumnMapping.Default.Caption);
    private readonly Option<string?> _md5 = Create("--md5-column", "an MD5 of the image as hex (LAION's 'hash' is not one)", ColumnMapping.Default.Md5);
    private readonly Option<string?> _sha256 = Create("--sha256-column", "a SHA-256 of the image as hex", ColumnMapping.Default.Sha256);
    private readonly Option<string?> _image = Create("--image-column", "encoded image bytes (base64 in JSONL)", ColumnMapping.Default.Image);
    private readonly Option<string?> _id = Create("--id-column", "record ids for the manifest", ColumnMapping.Default.Id);
    private readonly Option<string?> _source = Create("--source-column", "the dataset or source a record came from (matched against --source-list dataset names)", ColumnMapping.Default.Source);

    public void AddTo(Command command)
    {
        foreach (var option in new[] { _url, _caption, _md5, _sha256, _image, _id, _source })
        {
            command.Options.Add(option);
        }
    }

    public ColumnMapping Read(ParseResult parseResult)
    {
        var defaults = ColumnMapping.Default;
        return new ColumnMapping
        {
            Url = Pick(parseResult.GetValue(_url), defaults.Url),
            Caption = Pick(parseResult.GetValue(_caption), defaults.Caption),
            Md5 = Pick(parseResult.GetValue(_md5), defaults.Md5),
            Sha256 = Pick(parseResult.GetValue(_sha256), defaults.Sha256),
            Image = Pick(parseResult.GetValue(_image), defaults.Image),
            Id = Pick(parseResult.GetValue(_id), defaults.Id),
            Source = Pick(parseResult.GetValue(_source), defaults.Source),
        };
    }

    private static IReadOnlyList<string> Pick(string? given, IReadOnlyList<string> defaults) => given is null ? defaults : [given];

    private static Option<string?> Create(string name, string holds, IReadOnlyList<string> defaults) => new(name)
    {
        Description = $"The column or field holding {holds}. Default: the first of {string.Join(", ", defaults)} present.",
    };
}
