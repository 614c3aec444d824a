using Microsoft.Extensions.Caching.Memory;

namespace Bulwark.Server.Gateway;

/// <summary>
/// What this gateway saw of conversations whose earlier turns the upstream keeps (the Responses API's
/// <c>previous_response_id</c> and <c>conversation</c>): the turns it screened and the answers it released, per tenant.
/// A continuation is then screened with its earlier turns, as a chat request that resends its history is, so that
/// escalation across turns (grooming) is seen. In memory, per process, bounded by
/// <see cref="GatewayOptions.ConversationMemoryChars"/> (least recently used first out) and
/// <see cref="GatewayOptions.ConversationMemoryIdle"/>; one conversation keeps at most its last
/// <see cref="MaxConversationChars"/> characters. A continuation of something not remembered (another replica, a
/// restart, a withheld answer) is screened as it comes and counted as unscreened <c>stored_history</c>.
/// </summary>
internal sealed class ConversationMemory : IDisposable
{
    /// <summary>The most characters one conversation keeps: the classifier's cross-turn cues are local, the latest turns matter.</summary>
    public const int MaxConversationChars = 100_000;

    private readonly MemoryCache? _cache;
    private readonly TimeSpan _idle;

    public ConversationMemory(GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _idle = options.ConversationMemoryIdle;
        _cache = options.ConversationMemoryChars > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = options.ConversationMemoryChars }) : null;
    }

    /// <summary>
    /// The earlier turns <paramref name="request"/> continues, oldest first: empty when it continues nothing or
    /// nothing remembered (<paramref name="unseen"/> says which).
    /// </summary>
    public IReadOnlyList<string> Recall(string tenant, ProtocolRequest request, out bool unseen)
    {
        var key = request.PreviousResponseId is { } previous ? Key(tenant, "response", previous)
            : request.ConversationId is { } conversation ? Key(tenant, "conversation", conversation)
            : null;
        if (key is null)
        {
            unseen = false;
            return [];
        }

        if (_cache is not null && _cache.TryGetValue(key, out string[]? turns) && turns is not null)
        {
            unseen = false;
            return turns;
        }

        unseen = true;
        return [];
    }

    /// <summary>
    /// Remembers a released answer: <paramref name="history"/> (what <see cref="Recall"/> gave), the request's turns and
    /// <paramref name="answers"/>, under the answer's id when the upstream stores it and under the conversation's.
    /// </summary>
    public void Remember(string tenant, ProtocolRequest request, IReadOnlyList<string> history, string? responseId, IReadOnlyList<string> answers)
    {
        if (_cache is null || !request.KeptUpstream)
        {
            return;
        }

        var turns = Trimmed([.. history, .. request.Turns, .. answers]);
        var size = Math.Max(1, turns.Sum(turn => (long)turn.Length));
        var entry = new MemoryCacheEntryOptions { Size = size, SlidingExpiration = _idle };
        if (responseId is not null && request.Stored)
        {
            _cache.Set(Key(tenant, "response", responseId), turns, entry);
        }

        if (request.ConversationId is { } conversation)
        {
            _cache.Set(Key(tenant, "conversation", conversation), turns, entry);
        }
    }

    public void Dispose() => _cache?.Dispose();

    /// <summary>The latest turns that fit in <see cref="MaxConversationChars"/>.</summary>
    private static string[] Trimmed(string[] turns)
    {
        var chars = 0L;
        var first = turns.Length;
        while (first > 0 && chars + turns[first - 1].Length <= MaxConversationChars)
        {
            chars += turns[--first].Length;
        }

        return first == 0 ? turns : turns[first..];
    }

    private static string Key(string tenant, string kind, string id) => $"{tenant}\n{kind}\n{id}";
}
