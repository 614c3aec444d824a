using System.ClientModel;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulwark.Server.Tests.Support;
using OpenAI.Chat;

namespace Bulwark.Server.Tests.Gateway;

/// <summary>
/// Inline images in prompts are hashed and matched against the banks before anything is forwarded; images by URL and
/// parts without text follow the policy's gateway rules. The "known" image is a benign test photo standing in for a
/// real list's entry.
/// </summary>
public sealed class ImageScreeningTests : IAsyncLifetime
{
    private GatewayHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await GatewayHarness.StartAsync(banks: TestBanks.StandInMatcher());

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_known_image_in_an_OpenAI_prompt_is_refused_and_never_reaches_the_model()
    {
        var image = ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(await File.ReadAllBytesAsync(TestBanks.KnownImagePath)), "image/jpeg");

        var result = await _harness.OpenAiClient().CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart("What is in this picture?"), image)]);

        Assert.Empty(_harness.Upstream.Requests);
        Assert.Equal(ChatFinishReason.ContentFilter, result.Value.FinishReason);
        Assert.StartsWith("This request was refused", result.Value.Content[0].Text, StringComparison.Ordinal);
        Assert.Equal("report; category=known_image_match; surface=upload", result.GetRawResponse().Headers.TryGetValue("X-Bulwark-Decision", out var decision) ? decision : null);
    }

    [Fact]
    public async Task An_unknown_image_is_forwarded_unchanged()
    {
        var image = ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(await File.ReadAllBytesAsync(TestBanks.UnknownImagePath)), "image/jpeg");

        var result = await _harness.OpenAiClient().CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart("What is in this picture?"), image)]);

        Assert.Equal(_harness.Upstream.Answer, result.Value.Content[0].Text);
        var received = Assert.Single(_harness.Upstream.Requests);
        Assert.StartsWith("data:image/jpeg;base64,", received.Body["messages"]![0]!["content"]![1]!["image_url"]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_image_in_an_Anthropic_image_block_is_refused()
    {
        var data = Convert.ToBase64String(await File.ReadAllBytesAsync(TestBanks.KnownImagePath));
        var body = new JsonObject
        {
            ["model"] = "fake-model",
            ["max_tokens"] = 100,
            ["messages"] = new JsonArray(new JsonObject
            {
                ["role"] = "user",
                ["content"] = new JsonArray(
                    new JsonObject { ["type"] = "text", ["text"] = "Describe this." },
                    new JsonObject { ["type"] = "image", ["source"] = new JsonObject { ["type"] = "base64", ["media_type"] = "image/jpeg", ["data"] = data } }),
            }),
        };
        using var client = _harness.RawClient();

        using var response = await client.PostAsJsonAsync(new Uri("/v1/messages", UriKind.Relative), body);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Empty(_harness.Upstream.Requests);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("refusal", answer["stop_reason"]!.GetValue<string>());
        Assert.StartsWith("This request was refused", answer["content"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inline_image_that_cannot_be_decoded_fails_closed()
    {
        var garbage = ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5]), "image/jpeg");

        var result = await _harness.OpenAiClient().CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart("Look."), garbage)]);

        Assert.Empty(_harness.Upstream.Requests);
        Assert.Equal(ChatFinishReason.ContentFilter, result.Value.FinishReason);
        Assert.StartsWith("This request could not be checked", result.Value.Content[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("reason=detector_failure", result.GetRawResponse().Headers.TryGetValue("X-Bulwark-Decision", out var decision) ? decision : null, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_by_URL_is_refused_by_default_without_being_fetched()
    {
        var image = ChatMessageContentPart.CreateImagePart(new Uri("http://169.254.169.254/latest/meta-data/image.png"));

        var error = await Assert.ThrowsAsync<ClientResultException>(() =>
            _harness.OpenAiClient().CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart("Describe this."), image)]));

        Assert.Equal(400, error.Status);
        Assert.Contains("does not fetch images given by URL", error.Message, StringComparison.Ordinal);
        Assert.Empty(_harness.Upstream.Requests);
    }

    [Fact]
    public async Task An_audio_part_cannot_be_screened_and_is_refused_by_default()
    {
#pragma warning disable OPENAI001 // audio input is an evaluation API of the SDK; it is the way a client sends audio
        var audio = ChatMessageContentPart.CreateInputAudioPart(BinaryData.FromBytes([1, 2, 3, 4]), ChatInputAudioFormat.Wav);
#pragma warning restore OPENAI001

        var error = await Assert.ThrowsAsync<ClientResultException>(() =>
            _harness.OpenAiClient().CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart("Transcribe."), audio)]));

        Assert.Equal(400, error.Status);
        Assert.Contains("cannot screen", error.Message, StringComparison.Ordinal);
        Assert.Empty(_harness.Upstream.Requests);
    }

    [Fact]
    public async Task Malformed_base64_in_an_image_is_a_bad_request()
    {
        using var client = _harness.RawClient();
        var body = """{"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"data:image/png;base64,@@@not-base64@@@"}}]}]}""";

        using var response = await client.PostAsync(new Uri("/v1/chat/completions", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid base64", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_harness.Upstream.Requests);
    }
}

/// <summary>The policy's gateway rules: images by URL passed unscreened, and refusals as protocol errors.</summary>
public sealed class GatewayRuleTests : IAsyncLifetime
{
    private GatewayHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await GatewayHarness.StartAsync(
        policy: TestBanks.ShippedPolicyWithGateway("gateway:\n  refusal: error\n  remote_images: pass\n"));

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_policy_may_pass_images_by_URL_unscreened()
    {
        var image = ChatMessageContentPart.CreateImagePart(new Uri("https://example.com/cat.png"));

        var result = await _harness.OpenAiClient().CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart("Describe this."), image)]);

        Assert.Equal(_harness.Upstream.Answer, result.Value.Content[0].Text);
        Assert.Single(_harness.Upstream.Requests);
    }

    [Fact]
    public async Task A_policy_may_refuse_with_the_protocols_error_carrying_the_prevention_message()
    {
        var error = await Assert.ThrowsAsync<ClientResultException>(() =>
            _harness.OpenAiClient().CompleteChatAsync([new UserChatMessage(OpenAiChatRouteTests.Soliciting)]));

        Assert.Equal(400, error.Status);
        var body = JsonNode.Parse(error.GetRawResponse()!.Content.ToString())!;
        Assert.Equal("content_policy_violation", body["error"]!["code"]!.GetValue<string>());
        Assert.StartsWith("This request was refused", body["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("block; category=csam_solicitation; surface=prompt", error.GetRawResponse()!.Headers.TryGetValue("X-Bulwark-Decision", out var decision) ? decision : null);
        Assert.Empty(_harness.Upstream.Requests);
    }
}
