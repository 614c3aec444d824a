using System.ClientModel;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Anthropic.Models.Messages;
using Bulwark.Casework.Access;
using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Storage;
using Bulwark.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenAI.Chat;

namespace Bulwark.Server.Tests.Gateway;

/// <summary>
/// The gateway with casework storage: Bulwark keys and upstream credentials, incidents with encrypted evidence, the
/// policy's ladder applied to a user whose solicitations are withheld, and that user refused once suspended.
/// </summary>
public sealed class GatewayCaseworkTests : IAsyncLifetime, IDisposable
{
    private const string UpstreamSecret = "sk-upstream-secret";
    private readonly TestStorage _storage = new();
    private readonly ConcurrentQueue<string> _logs = new();
    private GatewayHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await GatewayHarness.StartAsync(
        banks: TestBanks.StandInMatcher(),
        storage: _storage.Options(credentials: new Dictionary<string, string> { ["team-a"] = UpstreamSecret }),
        configure: builder => builder.Logging.AddProvider(new CollectingLoggerProvider(_logs)).SetMinimumLevel(LogLevel.Trace));

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task A_Bulwark_key_is_swapped_for_its_upstream_credential_and_never_forwarded()
    {
        var issued = await _harness.Services.GetRequiredService<ApiKeyService>().CreateAsync("tenant-a", "team-a", "test");

        await Client(issued.Key).CompleteChatAsync([new UserChatMessage("How do I make pancakes?")]);
        await _harness.AnthropicClient(issued.Key).Messages.Create(new MessageCreateParams { Model = "m", MaxTokens = 10, Messages = [new UserMessageParam("How do I make pancakes?")] });

        var chat = _harness.Upstream.Requests[0];
        var messages = _harness.Upstream.Requests[1];
        Assert.Equal("Bearer " + UpstreamSecret, chat.Headers["Authorization"]);
        Assert.Equal(UpstreamSecret, messages.Headers["x-api-key"]);
        Assert.False(messages.Headers.ContainsKey("Authorization"));
        Assert.DoesNotContain(_harness.Upstream.Requests.SelectMany(request => request.Headers.Values), value => value.Contains(issued.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_or_revoked_Bulwark_key_is_refused_before_anything_is_forwarded()
    {
        var keys = _harness.Services.GetRequiredService<ApiKeyService>();
        var issued = await keys.CreateAsync("tenant-a", "team-a", "test");
        await keys.RevokeAsync(issued.Id, "test");

        var revoked = await Assert.ThrowsAsync<ClientResultException>(() => Client(issued.Key).CompleteChatAsync([new UserChatMessage("Hi")]));
        var unknown = await Assert.ThrowsAsync<ClientResultException>(() => Client("bwk_" + new string('A', 43)).CompleteChatAsync([new UserChatMessage("Hi")]));

        Assert.Equal(401, revoked.Status);
        Assert.Equal(401, unknown.Status);
        Assert.Contains("valid Bulwark API key", revoked.Message, StringComparison.Ordinal);
        Assert.Empty(_harness.Upstream.Requests);
    }

    [Fact]
    public async Task Repeated_solicitation_climbs_the_ladder_until_the_user_is_refused_before_screening()
    {
        var options = new ChatCompletionOptions { EndUserId = "user-7" };
        var client = _harness.OpenAiClient();

        await client.CompleteChatAsync([new UserChatMessage(OpenAiChatRouteTests.Soliciting)], options);   // strike
        await client.CompleteChatAsync([new UserChatMessage("How do I make pancakes?")], options);          // a strike does not refuse
        await client.CompleteChatAsync([new UserChatMessage(OpenAiChatRouteTests.Soliciting)], options);   // 30-day suspension
        var refused = await Assert.ThrowsAsync<ClientResultException>(() => client.CompleteChatAsync([new UserChatMessage("How do I make pancakes?")], options));
        var otherUser = await client.CompleteChatAsync([new UserChatMessage("How do I make pancakes?")], new ChatCompletionOptions { EndUserId = "user-8" });

        Assert.Equal(403, refused.Status);
        Assert.Contains("This account is suspended until", refused.Message, StringComparison.Ordinal);
        Assert.Equal("refuse; reason=account_suspended", OpenAiChatRouteTests.Decision(refused.GetRawResponse()!));
        Assert.Equal(2, _harness.Upstream.Requests.Count);
        Assert.Equal(_harness.Upstream.Answer, otherUser.Value.Content[0].Text);
        var history = await _harness.Services.GetRequiredService<EnforcementService>().GetHistoryAsync(new AccountRef("default", "user-7"));
        Assert.Equal([EnforcementKind.Strike, EnforcementKind.Suspension], history.OrderBy(action => action.CreatedAt).Select(action => action.Kind));
    }

    [Fact]
    public async Task An_exact_known_image_bans_at_once_and_the_incident_keeps_the_image_encrypted()
    {
        var image = await File.ReadAllBytesAsync(TestBanks.ExactImagePath);
        var options = new ChatCompletionOptions { EndUserId = "user-9" };

        await _harness.OpenAiClient().CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart("Look"), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(image), "image/jpeg"))], options);
        var refused = await Assert.ThrowsAsync<ClientResultException>(() => _harness.OpenAiClient().CompleteChatAsync([new UserChatMessage("Hi")], options));

        Assert.Contains("permanently suspended", refused.Message, StringComparison.Ordinal);
        var incident = await WaitForIncidentAsync("user-9");
        Assert.Equal("known_image_match", incident.PrimaryCategory);
        Assert.Equal("Upload", incident.Surface);
        Assert.Contains(incident.Findings, finding => finding.RuleId == "exact-md5");
        await using var context = await Contexts().CreateDbContextAsync();
        var evidence = await context.Evidence.SingleAsync(item => item.Id == incident.EvidenceId);
        Assert.Equal(image.Length, evidence.Size);
        Assert.True(evidence.Ciphertext.AsSpan().IndexOf(image.AsSpan(0, 64)) < 0, "The image is stored encrypted.");
    }

    [Fact]
    public async Task A_near_known_image_by_PDQ_alone_strikes_but_never_bans_at_once()
    {
        var image = await File.ReadAllBytesAsync(TestBanks.KnownImagePath);
        var options = new ChatCompletionOptions { EndUserId = "user-11" };

        await _harness.OpenAiClient().CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart("Look"), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(image), "image/jpeg"))], options);
        var next = await _harness.OpenAiClient().CompleteChatAsync([new UserChatMessage("How do I make pancakes?")], options);

        Assert.Equal(_harness.Upstream.Answer, next.Value.Content[0].Text);
        var history = await _harness.Services.GetRequiredService<EnforcementService>().GetHistoryAsync(new AccountRef("default", "user-11"));
        Assert.Equal(EnforcementKind.Strike, Assert.Single(history).Kind);
    }

    [Fact]
    public async Task A_withheld_prompt_is_an_incident_whose_text_is_encrypted_and_never_logged()
    {
        await _harness.OpenAiClient().CompleteChatAsync([new UserChatMessage(OpenAiChatRouteTests.Soliciting)], new ChatCompletionOptions { EndUserId = "user-10" });

        var incident = await WaitForIncidentAsync("user-10");
        Assert.Equal("csam_solicitation", incident.PrimaryCategory);
        Assert.Equal("/v1/chat/completions", incident.Route);
        Assert.NotEmpty(incident.Findings);
        await using var context = await Contexts().CreateDbContextAsync();
        var evidence = await context.Evidence.SingleAsync(item => item.Id == incident.EvidenceId);
        Assert.True(evidence.Ciphertext.AsSpan().IndexOf(Encoding.UTF8.GetBytes("sexy story")) < 0);
        Assert.NotEmpty(_logs);
        Assert.DoesNotContain(_logs, line => line.Contains("sexy", StringComparison.OrdinalIgnoreCase) || line.Contains("user-10", StringComparison.Ordinal));
    }

    private ChatClient Client(string key) =>
        new("fake-model", new ApiKeyCredential(key), new OpenAI.OpenAIClientOptions { Endpoint = new Uri(_harness.BaseUrl, "v1"), RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });

    private IDbContextFactory<CaseworkDbContext> Contexts() => _harness.Services.GetRequiredService<IDbContextFactory<CaseworkDbContext>>();

    /// <summary>Incidents are written by a background writer: poll for up to ten seconds.</summary>
    private async Task<Bulwark.Casework.Incidents.Incident> WaitForIncidentAsync(string userId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            await using var context = await Contexts().CreateDbContextAsync();
            var incident = await context.Incidents.Include(item => item.Findings).FirstOrDefaultAsync(item => item.ExternalUserId == userId);
            if (incident is not null)
            {
                return incident;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No incident for {userId} after ten seconds.");
            await Task.Delay(50);
        }
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collector(lines);

        public void Dispose()
        {
        }

        private sealed class Collector(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception) + exception);
        }
    }
}
