using Bulwark.Detection.Text.Tokens;

namespace Bulwark.Detection.Tests.Text.Tokens;

public sealed class TokenTableTests
{
    private static readonly TokenTable<int> Table = new(
        [.. new[] { "child", "niño", "子", "schul", "a", "ab" }.Select((key, value) => KeyValuePair.Create(key, value))]);

    private static TokenList Tokens(string text) => TokenList.Of(text);

    [Fact]
    public void Every_key_is_found_by_the_hash_of_its_token_and_nothing_else_is()
    {
        var tokens = Tokens("a child ab niño 子 children abc schule");
        var found = Enumerable.Range(0, tokens.Count)
            .Select(index => tokens.TryLookup(Table, index, out var value) ? $"{tokens.Text(index)}={value}" : null)
            .OfType<string>();
        Assert.Equal(["a=4", "child=0", "ab=5", "niño=1", "子=2"], found);
    }

    [Fact]
    public void A_stem_key_matches_the_first_four_characters_of_longer_tokens_only()
    {
        var stems = new TokenTable<string>([KeyValuePair.Create("schu", "stem"), KeyValuePair.Create("chi", "short")]);
        var tokens = Tokens("schule schu sch chi child");
        var found = Enumerable.Range(0, tokens.Count).Where(index => tokens.TryLookupStem(stems, index, out _)).Select(index => tokens.Text(index).ToString());
        Assert.Equal(["schule", "schu"], found);
    }

    [Fact]
    public void A_duplicate_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new TokenTable<int>([KeyValuePair.Create("a", 1), KeyValuePair.Create("a", 2)]));
    }
}
