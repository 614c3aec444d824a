using Anthropic.Models.Messages;
using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;
using Bulwark.Server.Gateway;
using Bulwark.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenAI.Chat;

namespace Bulwark.Server.Tests.Gateway;

public sealed class RouteUpstreamTests
{
    [Fact]
    public async Task Each_route_goes_to_its_own_upstream()
    {
        await using var openAi = await FakeModelServer.StartAsync();
        await using var anthropic = await FakeModelServer.StartAsync();
        anthropic.Answer = "The Anthropic-side answer.";
        var options = new GatewayOptions
        {
            Upstream = openAi.BaseUrl,
            RouteUpstreams = new Dictionary<string, Uri> { [GatewayApplication.AnthropicMessagesPath] = anthropic.BaseUrl },
        };
        var screener = new Screener(new PolicyLoader().LoadDefault(), [new TextClassifierDetector()]);
        await using var gateway = GatewayApplication.Create(options, screener, ["http://127.0.0.1:0"], builder => builder.Logging.ClearProviders());
        await gateway.StartAsync();
        var address = new Uri(gateway.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

        var chat = await new ChatClient("fake-model", new System.ClientModel.ApiKeyCredential("k"), new OpenAI.OpenAIClientOptions { Endpoint = new Uri(address, "v1") })
            .CompleteChatAsync([new UserChatMessage("How do I make pancakes?")]);
        var message = await new Anthropic.AnthropicClient(new Anthropic.Core.ClientOptions { BaseUrl = address.ToString().TrimEnd('/'), ApiKey = "k", MaxRetries = 0 })
            .Messages.Create(new MessageCreateParams { Model = "fake-model", MaxTokens = 100, Messages = [new UserMessageParam("How do I make pancakes?")] });

        Assert.Equal(openAi.Answer, chat.Value.Content[0].Text);
        Assert.Equal("/v1/chat/completions", Assert.Single(openAi.Requests).Path);
        Assert.Equal("/v1/messages", Assert.Single(anthropic.Requests).Path);
        Assert.Equal(anthropic.Answer, string.Concat(message.Content.Select(block => block.TryPickText(out var text) ? text.Text : string.Empty)));
        await gateway.StopAsync();
    }

    [Fact]
    public void A_route_upstream_for_an_unknown_path_is_refused()
    {
        var options = new GatewayOptions
        {
            Upstream = new Uri("http://127.0.0.1:9"),
            RouteUpstreams = new Dictionary<string, Uri> { ["/v1/embeddings"] = new Uri("http://127.0.0.1:9") },
        };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("'/v1/embeddings' is not a screened route", error.Message, StringComparison.Ordinal);
    }
}
