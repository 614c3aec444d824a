using System.Globalization;
using System.Text.RegularExpressions;

namespace Bulwark.Detection.Policy;

/// <summary>
/// Validates a policy's YAML tree and builds the model. Every problem is collected with its path and line, and
/// reading carries on past it, so an author sees all mistakes at once.
/// </summary>
internal sealed partial class PolicyDocumentReader
{
    /// <summary>The only schema version this reader understands.</summary>
    public const int SchemaVersion = 1;

    private static readonly Dictionary<string, Surface> Surfaces = new(StringComparer.Ordinal)
    {
        ["prompt"] = Surface.Prompt,
        ["output"] = Surface.Output,
        ["upload"] = Surface.Upload,
        ["dataset"] = Surface.Dataset,
        ["report"] = Surface.Report,
    };

    private static readonly Dictionary<string, PolicyAction> Actions = new(StringComparer.Ordinal)
    {
        ["allow"] = PolicyAction.Allow,
        ["support"] = PolicyAction.Support,
        ["hold_for_review"] = PolicyAction.HoldForReview,
        ["block"] = PolicyAction.Block,
        ["report"] = PolicyAction.Report,
    };

    private static readonly Dictionary<string, CategoryKind> Kinds = new(StringComparer.Ordinal)
    {
        ["violation"] = CategoryKind.Violation,
        ["informational"] = CategoryKind.Informational,
    };

    private static readonly Dictionary<string, EnforcementStepKind> StepKinds = new(StringComparer.Ordinal)
    {
        ["warning"] = EnforcementStepKind.Warning,
        ["strike"] = EnforcementStepKind.Strike,
        ["suspension"] = EnforcementStepKind.Suspension,
        ["ban"] = EnforcementStepKind.Ban,
    };

    private static readonly string[] Audiences = ["adults", "young_people", "everyone"];

    private readonly List<PolicyError> _errors;

    // Ids declared in the document, valid or not: a reference to a declared but broken entry is not reported
    // again as unknown, so one mistake yields one error.
    private readonly HashSet<string> _declaredHelp = new(StringComparer.Ordinal);
    private readonly HashSet<string> _declaredMessageSets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _declaredLadders = new(StringComparer.Ordinal);

    public PolicyDocumentReader(List<PolicyError> errors)
    {
        _errors = errors;
    }

    public ScreeningPolicy? Read(YamlNode root, string contentHash)
    {
        var fields = Fields(root, "", "schema", "id", "version", "description", "categories", "help_resources", "messages", "enforcement", "gateway");
        if (fields is null)
        {
            return null;
        }

        if (Require(fields, "schema", root, "") is { } schemaNode && Integer(schemaNode, "schema") is { } schema && schema != SchemaVersion)
        {
            Error("schema", schemaNode, $"Unsupported schema version {schema}; this version of Bulwark reads schema {SchemaVersion}.");
        }

        var id = Require(fields, "id", root, "") is { } idNode ? Id(idNode, "id") : null;
        var version = Require(fields, "version", root, "") is { } versionNode ? Text(versionNode, "version") : null;
        var description = fields.TryGetValue("description", out var descriptionNode) ? Text(descriptionNode, "description") : null;

        var help = fields.TryGetValue("help_resources", out var helpNode) ? ReadHelpResources(helpNode) : [];
        var messages = Require(fields, "messages", root, "") is { } messagesNode ? ReadMessageSets(messagesNode, help) : [];
        var (ladders, immediateBan) = fields.TryGetValue("enforcement", out var enforcementNode)
            ? ReadEnforcement(enforcementNode)
            : ([], []);
        var categories = Require(fields, "categories", root, "") is { } categoriesNode
            ? ReadCategories(categoriesNode, immediateBan)
            : [];
        var gateway = fields.TryGetValue("gateway", out var gatewayNode) ? ReadGateway(gatewayNode) : GatewayRules.Default;

        return _errors.Count == 0
            ? new ScreeningPolicy(id!, version!, description, contentHash, categories, help, messages, ladders, gateway)
            : null;
    }

    private GatewayRules ReadGateway(YamlNode node)
    {
        var rules = GatewayRules.Default;
        if (Fields(node, "gateway", "refusal", "remote_images", "unscreenable_parts") is not { } fields)
        {
            return rules;
        }

        if (fields.TryGetValue("refusal", out var refusal) && Choice(refusal, "gateway.refusal", ("answer", RefusalStyle.Answer), ("error", RefusalStyle.Error)) is { } style)
        {
            rules = rules with { Refusal = style };
        }

        (string, UnscreenedContentRule)[] unscreened = [("refuse", UnscreenedContentRule.Refuse), ("pass", UnscreenedContentRule.Pass)];
        if (fields.TryGetValue("remote_images", out var images) && Choice(images, "gateway.remote_images", unscreened) is { } imageRule)
        {
            rules = rules with { RemoteImages = imageRule };
        }

        if (fields.TryGetValue("unscreenable_parts", out var parts) && Choice(parts, "gateway.unscreenable_parts", unscreened) is { } partRule)
        {
            rules = rules with { UnscreenableParts = partRule };
        }

        return rules;
    }

    private T? Choice<T>(YamlNode node, string path, params (string Name, T Value)[] choices)
        where T : struct, Enum
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        foreach (var (name, value) in choices)
        {
            if (name == text)
            {
                return value;
            }
        }

        Error(path, node, $"Expected one of {string.Join(", ", choices.Select(choice => choice.Name))}; got '{text}'.");
        return null;
    }

    private Dictionary<string, PolicyCategory> ReadCategories(YamlNode node, HashSet<string> immediateBan)
    {
        var categories = new Dictionary<string, PolicyCategory>(StringComparer.Ordinal);
        foreach (var (key, value) in Entries(node, "categories"))
        {
            var path = Join("categories", key.Value);
            if (!CategoryIds.All.Contains(key.Value))
            {
                Error(path, key, $"Unknown category '{key.Value}'; categories are: {string.Join(", ", CategoryIds.All)}.");
                continue;
            }

            if (ReadCategory(key.Value, value, path, immediateBan.Contains(key.Value)) is { } category)
            {
                categories[key.Value] = category;
            }
        }

        foreach (var missing in CategoryIds.All.Where(id => !Entries(node, "categories", report: false).Any(entry => entry.Key.Value == id)))
        {
            Error("categories", node, $"Category '{missing}' is not defined; every category must be, or its findings would be ignored.");
        }

        return categories;
    }

    private PolicyCategory? ReadCategory(string id, YamlNode node, string path, bool immediateBan)
    {
        var fields = Fields(node, path, "kind", "description", "thresholds", "actions", "fail_open", "on_failure", "message", "ladder");
        if (fields is null)
        {
            return null;
        }

        var before = _errors.Count;
        var kind = Require(fields, "kind", node, path) is { } kindNode ? Choice(kindNode, Join(path, "kind"), Kinds) : null;
        var description = Require(fields, "description", node, path) is { } descriptionNode ? Text(descriptionNode, Join(path, "description")) : null;
        var thresholds = Require(fields, "thresholds", node, path) is { } thresholdsNode ? ReadThresholds(thresholdsNode, Join(path, "thresholds")) : null;
        var actions = Require(fields, "actions", node, path) is { } actionsNode && kind is { } knownKind
            ? ReadSurfaceActions(actionsNode, Join(path, "actions"), knownKind)
            : null;
        var failOpen = fields.TryGetValue("fail_open", out var failOpenNode) && Boolean(failOpenNode, Join(path, "fail_open")) == true;
        var onFailure = PolicyAction.HoldForReview;
        if (fields.TryGetValue("on_failure", out var onFailureNode) && Choice(onFailureNode, Join(path, "on_failure"), Actions) is { } failureAction)
        {
            if (failureAction is PolicyAction.HoldForReview or PolicyAction.Block)
            {
                onFailure = failureAction;
            }
            else
            {
                Error(Join(path, "on_failure"), onFailureNode, "Failing closed must hold or block: use hold_for_review or block (or set fail_open: true).");
            }
        }

        var messageSet = Reference(fields, "message", path, _declaredMessageSets.Contains, "message set", "messages");
        var ladder = Reference(fields, "ladder", path, _declaredLadders.Contains, "enforcement ladder", "enforcement.ladders");

        return _errors.Count == before && kind is { } k && description is not null && thresholds is not null && actions is not null
            ? new PolicyCategory(id, k, description, thresholds, actions, failOpen, onFailure, messageSet, ladder, immediateBan)
            : null;
    }

    private CategoryThresholds? ReadThresholds(YamlNode node, string path)
    {
        var fields = Fields(node, path, "block", "review", "uncertain");
        if (fields is null)
        {
            return null;
        }

        var block = Require(fields, "block", node, path) is { } blockNode ? Score(blockNode, Join(path, "block")) : null;
        var review = Require(fields, "review", node, path) is { } reviewNode ? Score(reviewNode, Join(path, "review")) : null;
        if (block is { } b && review is { } r && r > b)
        {
            Error(Join(path, "review"), fields["review"], $"The review threshold {Format(r)} is above the block threshold {Format(b)}; review must be at or below block.");
        }

        ScoreRange? uncertain = null;
        if (fields.TryGetValue("uncertain", out var uncertainNode) && Fields(uncertainNode, Join(path, "uncertain"), "from", "to") is { } band)
        {
            var bandPath = Join(path, "uncertain");
            var from = Require(band, "from", uncertainNode, bandPath) is { } fromNode ? Score(fromNode, Join(bandPath, "from")) : null;
            var to = Require(band, "to", uncertainNode, bandPath) is { } toNode ? Score(toNode, Join(bandPath, "to")) : null;
            if (from is { } f && to is { } t)
            {
                if (f > t)
                {
                    Error(Join(bandPath, "from"), band["from"], $"The uncertain band starts at {Format(f)}, after it ends at {Format(t)}.");
                }
                else
                {
                    uncertain = new ScoreRange(f, t);
                }
            }
        }

        return block is { } blockValue && review is { } reviewValue && reviewValue <= blockValue
            ? new CategoryThresholds(blockValue, reviewValue, uncertain)
            : null;
    }

    private Dictionary<Surface, SurfaceActions>? ReadSurfaceActions(YamlNode node, string path, CategoryKind kind)
    {
        var fields = Fields(node, path, [.. Surfaces.Keys]);
        if (fields is null)
        {
            return null;
        }

        var actions = new Dictionary<Surface, SurfaceActions>();
        foreach (var (name, surface) in Surfaces)
        {
            if (Require(fields, name, node, path) is not { } surfaceNode)
            {
                continue;
            }

            var surfacePath = Join(path, name);
            if (Fields(surfaceNode, surfacePath, "block", "review") is not { } bands)
            {
                continue;
            }

            var block = Require(bands, "block", surfaceNode, surfacePath) is { } blockNode ? CategoryAction(blockNode, Join(surfacePath, "block"), kind) : null;
            var review = Require(bands, "review", surfaceNode, surfacePath) is { } reviewNode ? CategoryAction(reviewNode, Join(surfacePath, "review"), kind) : null;
            if (block is { } b && review is { } r)
            {
                if (b < r)
                {
                    Error(Join(surfacePath, "block"), bands["block"], $"The block band's action ({Name(b)}) is milder than the review band's ({Name(r)}).");
                }

                actions[surface] = new SurfaceActions(b, r);
            }
        }

        return actions.Count == Surfaces.Count ? actions : null;
    }

    private PolicyAction? CategoryAction(YamlNode node, string path, CategoryKind kind)
    {
        var action = Choice(node, path, Actions);
        if (kind == CategoryKind.Informational && action is not (null or PolicyAction.Allow or PolicyAction.Support))
        {
            Error(path, node, $"An informational category can only allow or support, not {Name(action.Value)}.");
            return null;
        }

        if (kind == CategoryKind.Violation && action == PolicyAction.Support)
        {
            Error(path, node, "support is only for informational categories; a violation must allow, hold_for_review, block or report.");
            return null;
        }

        return action;
    }

    private Dictionary<string, HelpResource> ReadHelpResources(YamlNode node)
    {
        var resources = new Dictionary<string, HelpResource>(StringComparer.Ordinal);
        if (Sequence(node, "help_resources") is not { } items)
        {
            return resources;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var path = $"help_resources[{i}]";
            var item = items[i];
            if (Fields(item, path, "id", "name", "audience", "regions", "phone", "url") is not { } fields)
            {
                continue;
            }

            var before = _errors.Count;
            var id = Require(fields, "id", item, path) is { } idNode ? Id(idNode, Join(path, "id")) : null;
            var isDuplicate = id is not null && !_declaredHelp.Add(id);
            var name = Require(fields, "name", item, path) is { } nameNode ? Text(nameNode, Join(path, "name")) : null;
            var audience = "everyone";
            if (fields.TryGetValue("audience", out var audienceNode) && Text(audienceNode, Join(path, "audience")) is { } audienceText)
            {
                if (Audiences.Contains(audienceText))
                {
                    audience = audienceText;
                }
                else
                {
                    Error(Join(path, "audience"), audienceNode, $"Unknown audience '{audienceText}'; allowed: {string.Join(", ", Audiences)}.");
                }
            }

            var regions = Require(fields, "regions", item, path) is { } regionsNode ? ReadRegions(regionsNode, Join(path, "regions")) : null;
            var phone = fields.TryGetValue("phone", out var phoneNode) ? Text(phoneNode, Join(path, "phone")) : null;
            Uri? url = null;
            if (fields.TryGetValue("url", out var urlNode) && Text(urlNode, Join(path, "url")) is { } urlText)
            {
                if (Uri.TryCreate(urlText, UriKind.Absolute, out var parsed) && parsed.Scheme is "https" or "http")
                {
                    url = parsed;
                }
                else
                {
                    Error(Join(path, "url"), urlNode, $"'{urlText}' is not an absolute http(s) address.");
                }
            }

            if (phoneNode is null && urlNode is null)
            {
                Error(path, item, "A help resource needs a phone number or a url (or both).");
            }

            if (isDuplicate)
            {
                Error(Join(path, "id"), fields["id"], $"Duplicate help resource id '{id}'.");
            }
            else if (_errors.Count == before && id is not null && name is not null && regions is not null)
            {
                resources[id] = new HelpResource(id, name, audience, regions, phone, url);
            }
        }

        return resources;
    }

    private List<string>? ReadRegions(YamlNode node, string path)
    {
        if (Sequence(node, path) is not { } items)
        {
            return null;
        }

        if (items.Count == 0)
        {
            Error(path, node, "List at least one region (ISO 3166-1 code such as US, or * for anywhere).");
            return null;
        }

        var regions = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (Text(items[i], $"{path}[{i}]") is not { } region)
            {
                continue;
            }

            if (region != "*" && !RegionPattern().IsMatch(region))
            {
                Error($"{path}[{i}]", items[i], $"'{region}' is not a region: use an ISO 3166-1 code (US, GB), a UN M.49 number (419) or *.");
                continue;
            }

            regions.Add(region.ToUpperInvariant());
        }

        return regions;
    }

    private Dictionary<string, MessageSet> ReadMessageSets(YamlNode node, Dictionary<string, HelpResource> help)
    {
        var sets = new Dictionary<string, MessageSet>(StringComparer.Ordinal);
        foreach (var (key, value) in Entries(node, "messages"))
        {
            var path = Join("messages", key.Value);
            _declaredMessageSets.Add(key.Value);
            if (Id(key, path) is null || Fields(value, path, "help", "locales") is not { } fields)
            {
                continue;
            }

            var before = _errors.Count;
            var resources = new List<HelpResource>();
            if (fields.TryGetValue("help", out var helpNode) && Sequence(helpNode, Join(path, "help")) is { } helpItems)
            {
                for (var i = 0; i < helpItems.Count; i++)
                {
                    var itemPath = $"{Join(path, "help")}[{i}]";
                    if (Text(helpItems[i], itemPath) is not { } helpId)
                    {
                        continue;
                    }

                    if (help.TryGetValue(helpId, out var resource))
                    {
                        resources.Add(resource);
                    }
                    else if (!_declaredHelp.Contains(helpId))
                    {
                        Error(itemPath, helpItems[i], $"Unknown help resource '{helpId}'; defined: {List(help.Keys)}.");
                    }
                }
            }

            var locales = new Dictionary<string, IReadOnlyList<MessageVariant>>(StringComparer.OrdinalIgnoreCase);
            if (Require(fields, "locales", value, path) is { } localesNode)
            {
                var localesPath = Join(path, "locales");
                foreach (var (localeKey, variantsNode) in Entries(localesNode, localesPath, comparer: StringComparer.OrdinalIgnoreCase))
                {
                    var localePath = Join(localesPath, localeKey.Value);
                    if (localeKey.Value != MessageSet.DefaultLocale && !LocalePattern().IsMatch(localeKey.Value))
                    {
                        Error(localePath, localeKey, $"'{localeKey.Value}' is not a BCP 47 language tag (such as es, es-MX, zh-Hant) or 'default'.");
                        continue;
                    }

                    if (ReadVariants(variantsNode, localePath) is { } variants)
                    {
                        locales[localeKey.Value] = variants;
                    }
                }

                if (localesNode is YamlMapping && !locales.ContainsKey(MessageSet.DefaultLocale) && !Entries(localesNode, localesPath, report: false).Any(entry => entry.Key.Value == MessageSet.DefaultLocale))
                {
                    Error(localesPath, localesNode.Key ?? localesNode, $"Message set '{key.Value}' has no 'default' locale; it is what every unmatched locale falls back to.");
                }
            }

            if (_errors.Count == before)
            {
                sets[key.Value] = new MessageSet(key.Value, resources, locales);
            }
        }

        return sets;
    }

    private List<MessageVariant>? ReadVariants(YamlNode node, string path)
    {
        if (Sequence(node, path) is not { } items)
        {
            return null;
        }

        if (items.Count == 0)
        {
            Error(path, node, "A locale needs at least one message.");
            return null;
        }

        var variants = new List<MessageVariant>();
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (Fields(items[i], itemPath, "theme", "text") is not { } fields)
            {
                continue;
            }

            var theme = Require(fields, "theme", items[i], itemPath) is { } themeNode ? Id(themeNode, Join(itemPath, "theme")) : null;
            var text = Require(fields, "text", items[i], itemPath) is { } textNode ? Text(textNode, Join(itemPath, "text")) : null;
            if (theme is not null && variants.Any(variant => variant.Theme == theme))
            {
                Error(Join(itemPath, "theme"), fields["theme"], $"Duplicate theme '{theme}' in this locale.");
            }
            else if (theme is not null && text is not null)
            {
                variants.Add(new MessageVariant(theme, text));
            }
        }

        return variants.Count == items.Count ? variants : null;
    }

    private (Dictionary<string, EnforcementLadder> Ladders, HashSet<string> ImmediateBan) ReadEnforcement(YamlNode node)
    {
        var ladders = new Dictionary<string, EnforcementLadder>(StringComparer.Ordinal);
        var immediateBan = new HashSet<string>(StringComparer.Ordinal);
        if (Fields(node, "enforcement", "immediate_ban", "ladders") is not { } fields)
        {
            return (ladders, immediateBan);
        }

        if (fields.TryGetValue("immediate_ban", out var banNode) && Sequence(banNode, "enforcement.immediate_ban") is { } banItems)
        {
            for (var i = 0; i < banItems.Count; i++)
            {
                var itemPath = $"enforcement.immediate_ban[{i}]";
                if (Text(banItems[i], itemPath) is not { } category)
                {
                    continue;
                }

                if (!CategoryIds.All.Contains(category))
                {
                    Error(itemPath, banItems[i], $"Unknown category '{category}'; categories are: {string.Join(", ", CategoryIds.All)}.");
                }
                else if (!immediateBan.Add(category))
                {
                    Error(itemPath, banItems[i], $"Duplicate category '{category}'.");
                }
            }
        }

        if (fields.TryGetValue("ladders", out var laddersNode))
        {
            foreach (var (key, value) in Entries(laddersNode, "enforcement.ladders"))
            {
                var path = Join("enforcement.ladders", key.Value);
                _declaredLadders.Add(key.Value);
                if (Id(key, path) is not null && ReadLadder(key.Value, value, path) is { } ladder)
                {
                    ladders[key.Value] = ladder;
                }
            }
        }

        return (ladders, immediateBan);
    }

    private EnforcementLadder? ReadLadder(string id, YamlNode node, string path)
    {
        if (Sequence(node, path) is not { } items)
        {
            return null;
        }

        if (items.Count == 0)
        {
            Error(path, node, "A ladder needs at least one step.");
            return null;
        }

        var before = _errors.Count;
        var steps = new List<EnforcementStep>();
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (Fields(items[i], itemPath, "step", "duration") is not { } fields
                || Require(fields, "step", items[i], itemPath) is not { } stepNode
                || Choice(stepNode, Join(itemPath, "step"), StepKinds) is not { } kind)
            {
                continue;
            }

            TimeSpan? duration = null;
            if (fields.TryGetValue("duration", out var durationNode))
            {
                if (kind != EnforcementStepKind.Suspension)
                {
                    Error(Join(itemPath, "duration"), durationNode, "Only a suspension has a duration.");
                }
                else
                {
                    duration = Duration(durationNode, Join(itemPath, "duration"));
                }
            }
            else if (kind == EnforcementStepKind.Suspension)
            {
                Error(itemPath, items[i], "Missing required field 'duration': a suspension needs one (e.g. 7d, 12h).");
            }

            if (kind == EnforcementStepKind.Ban && i != items.Count - 1)
            {
                Error(Join(itemPath, "step"), stepNode, "A ban is permanent, so it must be the ladder's last step.");
            }

            steps.Add(new EnforcementStep(kind, duration));
        }

        return _errors.Count == before ? new EnforcementLadder(id, steps) : null;
    }

    private string? Reference(Dictionary<string, YamlNode> fields, string field, string path, Func<string, bool> exists, string what, string where)
    {
        if (!fields.TryGetValue(field, out var node) || Text(node, Join(path, field)) is not { } id)
        {
            return null;
        }

        if (!exists(id))
        {
            Error(Join(path, field), node, $"Unknown {what} '{id}'; define it under {where}.");
            return null;
        }

        return id;
    }

    /// <summary>The fields of a mapping by name, after reporting unknown and duplicate fields; null (and an error) when the node is not a mapping.</summary>
    private Dictionary<string, YamlNode>? Fields(YamlNode node, string path, params string[] allowed)
    {
        if (node is not YamlMapping mapping)
        {
            Error(path, node, $"Expected a mapping with fields {string.Join(", ", allowed)}; got {node.Describe()}.");
            return null;
        }

        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in Entries(mapping, path))
        {
            if (!allowed.Contains(key.Value))
            {
                Error(Join(path, key.Value), key, $"Unknown field '{key.Value}'; allowed here: {string.Join(", ", allowed)}.");
                continue;
            }

            fields[key.Value] = value;
        }

        return fields;
    }

    /// <summary>A mapping's entries with duplicate keys reported (and dropped); empty (and an error) when the node is not a mapping.</summary>
    private List<KeyValuePair<YamlScalar, YamlNode>> Entries(YamlNode node, string path, bool report = true, StringComparer? comparer = null)
    {
        if (node is not YamlMapping mapping)
        {
            if (report)
            {
                Error(path, node, $"Expected a mapping; got {node.Describe()}.");
            }

            return [];
        }

        var seen = new Dictionary<string, YamlScalar>(comparer ?? StringComparer.Ordinal);
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        foreach (var entry in mapping.Entries)
        {
            if (seen.TryGetValue(entry.Key.Value, out var first))
            {
                if (report)
                {
                    Error(Join(path, entry.Key.Value), entry.Key, $"Duplicate key '{entry.Key.Value}' (first defined at line {first.Line}).");
                }

                continue;
            }

            seen[entry.Key.Value] = entry.Key;
            entries.Add(entry);
        }

        return entries;
    }

    private YamlNode? Require(Dictionary<string, YamlNode> fields, string name, YamlNode parent, string path)
    {
        if (fields.TryGetValue(name, out var node))
        {
            return node;
        }

        Error(Join(path, name), parent.Key ?? parent, $"Missing required field '{name}'.");
        return null;
    }

    private IReadOnlyList<YamlNode>? Sequence(YamlNode node, string path)
    {
        if (node is YamlSequence sequence)
        {
            return sequence.Items;
        }

        Error(path, node, $"Expected a list; got {node.Describe()}.");
        return null;
    }

    private string? Text(YamlNode node, string path)
    {
        if (node is YamlScalar scalar && !scalar.IsNull && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value.Trim();
        }

        Error(path, node, $"Expected a non-empty text value; got {node.Describe()}.");
        return null;
    }

    private string? Id(YamlNode node, string path)
    {
        if (Text(node, path) is not { } id)
        {
            return null;
        }

        if (!IdPattern().IsMatch(id))
        {
            Error(path, node, $"'{id}' is not a valid id: use lowercase letters, digits, '_' and '-', starting with a letter.");
            return null;
        }

        return id;
    }

    private double? Score(YamlNode node, string path)
    {
        if (node is YamlScalar { IsPlain: true } scalar
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            if (value is >= 0.0 and <= 1.0)
            {
                return value;
            }

            Error(path, node, $"A score threshold must be between 0 and 1; got {scalar.Value}.");
            return null;
        }

        Error(path, node, $"Expected a number between 0 and 1; got {node.Describe()}.");
        return null;
    }

    private int? Integer(YamlNode node, string path)
    {
        if (node is YamlScalar { IsPlain: true } scalar && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(path, node, $"Expected a whole number; got {node.Describe()}.");
        return null;
    }

    private bool? Boolean(YamlNode node, string path)
    {
        if (node is YamlScalar { IsPlain: true, Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        Error(path, node, $"Expected true or false; got {node.Describe()}.");
        return null;
    }

    private T? Choice<T>(YamlNode node, string path, Dictionary<string, T> choices)
        where T : struct
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        if (choices.TryGetValue(text, out var choice))
        {
            return choice;
        }

        Error(path, node, $"Unknown value '{text}'; allowed: {string.Join(", ", choices.Keys)}.");
        return null;
    }

    private TimeSpan? Duration(YamlNode node, string path)
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        var match = DurationPattern().Match(text);
        if (match.Success && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            return match.Groups[2].Value switch
            {
                "h" => TimeSpan.FromHours(amount),
                "w" => TimeSpan.FromDays(7.0 * amount),
                _ => TimeSpan.FromDays(amount),
            };
        }

        Error(path, node, $"'{text}' is not a duration: write a positive whole number of hours, days or weeks, such as 12h, 7d or 2w.");
        return null;
    }

    private void Error(string path, YamlNode node, string message) => _errors.Add(new PolicyError(path, node.Line, node.Column, message));

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Name(PolicyAction action) => Actions.First(pair => pair.Value == action).Key;

    private static string List(IEnumerable<string> names) => names.Any() ? string.Join(", ", names) : "(none)";

    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LocalePattern();

    [GeneratedRegex("^([A-Za-z]{2}|[0-9]{3})$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex("^([0-9]{1,5})([hdw])$")]
    private static partial Regex DurationPattern();
}
