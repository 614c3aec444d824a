namespace Bulwark.Detection.Policy;

/// <summary>
/// A loaded, validated child-safety policy: categories with thresholds and per-surface actions, prevention
/// messages, help resources and enforcement ladders. Immutable; create one with <see cref="PolicyLoader"/>.
/// Every verdict carries <see cref="Version"/> and <see cref="ContentHash"/> so a decision can be traced to the
/// exact policy text that made it.
/// </summary>
public sealed class ScreeningPolicy
{
    private readonly Dictionary<Surface, PolicyAction> _mostSevere;

    internal ScreeningPolicy(
        string id,
        string version,
        string? description,
        string contentHash,
        IReadOnlyDictionary<string, PolicyCategory> categories,
        IReadOnlyDictionary<string, HelpResource> helpResources,
        IReadOnlyDictionary<string, MessageSet> messageSets,
        IReadOnlyDictionary<string, EnforcementLadder> ladders,
        GatewayRules gateway)
    {
        Gateway = gateway;
        Id = id;
        Version = version;
        Description = description;
        ContentHash = contentHash;
        Categories = categories;
        HelpResources = helpResources;
        MessageSets = messageSets;
        Ladders = ladders;
        _mostSevere = Enum.GetValues<Surface>().ToDictionary(
            surface => surface,
            surface => categories.Values.Select(category => category.Actions[surface].Block).DefaultIfEmpty(PolicyAction.Allow).Max());
    }

    /// <summary>The policy's id (YAML <c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The policy's version as written (YAML <c>version</c>).</summary>
    public string Version { get; }

    /// <summary>The policy's description, if any.</summary>
    public string? Description { get; }

    /// <summary>
    /// Lowercase hex SHA-256 of the policy file's canonical bytes: UTF-8 without a byte-order mark, line endings
    /// normalised to LF. Identical on every platform and checkout; any other change to the file changes it.
    /// </summary>
    public string ContentHash { get; }

    /// <summary>The categories by id; every id in <see cref="CategoryIds.All"/> is present.</summary>
    public IReadOnlyDictionary<string, PolicyCategory> Categories { get; }

    /// <summary>The help resources by id.</summary>
    public IReadOnlyDictionary<string, HelpResource> HelpResources { get; }

    /// <summary>The prevention message sets by id.</summary>
    public IReadOnlyDictionary<string, MessageSet> MessageSets { get; }

    /// <summary>The enforcement ladders by id.</summary>
    public IReadOnlyDictionary<string, EnforcementLadder> Ladders { get; }

    /// <summary>How a gateway applies this policy (YAML <c>gateway</c>; <see cref="GatewayRules.Default"/> when absent).</summary>
    public GatewayRules Gateway { get; }

    /// <summary>The category with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">The policy has no such category.</exception>
    public PolicyCategory Category(string id) =>
        Categories.TryGetValue(id, out var category) ? category : throw new KeyNotFoundException($"Policy '{Id}' has no category '{id}'.");

    /// <summary>
    /// The most severe action any category can take on <paramref name="surface"/>. Once a verdict reaches it, no
    /// further detector can change the outcome, which is what lets the Screener stop early.
    /// </summary>
    public PolicyAction MostSevereAction(Surface surface) => _mostSevere[surface];

    /// <summary>
    /// The prevention (or support) message for <paramref name="categoryId"/>, or null when the category names no
    /// message set. See <see cref="MessageSet.Resolve"/> for locale fallback, rotation and region.
    /// </summary>
    public PreventionMessage? PreventionMessage(string categoryId, string? locale, int rotation = 0, string? region = null) =>
        Category(categoryId).MessageSet is { } set ? MessageSets[set].Resolve(locale, rotation, region) : null;

    /// <summary><c>id version (hash prefix)</c>.</summary>
    public override string ToString() => $"{Id} {Version} ({ContentHash[..12]})";
}
