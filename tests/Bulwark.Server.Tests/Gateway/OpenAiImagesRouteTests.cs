using System.ClientModel;
using System.Net;
using System.Text.Json.Nodes;
using Bulwark.Server.Tests.Support;
using OpenAI;
using OpenAI.Images;

namespace Bulwark.Server.Tests.Gateway;

/// <summary>
/// The Images API end to end with the official OpenAI .NET SDK: prompts screened, uploaded images and generated images
/// matched against a stand-in bank made from a benign photo, refusals in the API's own error form.
/// </summary>
public sealed class OpenAiImagesRouteTests : IAsyncLifetime
{
    private GatewayHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await GatewayHarness.StartAsync(banks: TestBanks.StandInMatcher());

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_benign_generation_returns_the_models_image()
    {
        var image = await Client().GenerateImageAsync("a red bicycle", new ImageGenerationOptions { ResponseFormat = GeneratedImageFormat.Bytes });

        Assert.Equal(_harness.Upstream.ImageAnswer, image.Value.ImageBytes.ToArray());
        Assert.Equal("/v1/images/generations", Assert.Single(_harness.Upstream.Requests).Path);
    }

    [Fact]
    public async Task A_soliciting_prompt_is_refused_with_content_policy_violation_and_never_reaches_the_model()
    {
        var error = await Assert.ThrowsAsync<ClientResultException>(() => Client().GenerateImageAsync(OpenAiChatRouteTests.Soliciting));

        Assert.Equal(400, error.Status);
        var body = JsonNode.Parse(error.GetRawResponse()!.Content.ToString())!;
        Assert.Equal("content_policy_violation", body["error"]!["code"]!.GetValue<string>());
        Assert.StartsWith("This request was refused", body["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_harness.Upstream.Requests);
    }

    [Fact]
    public async Task A_generated_image_that_matches_a_bank_is_withheld()
    {
        _harness.Upstream.ImageAnswer = await File.ReadAllBytesAsync(TestBanks.KnownImagePath);

        var error = await Assert.ThrowsAsync<ClientResultException>(() =>
            Client().GenerateImageAsync("a bridge", new ImageGenerationOptions { ResponseFormat = GeneratedImageFormat.Bytes }));

        Assert.Equal(400, error.Status);
        Assert.DoesNotContain("b64_json", error.GetRawResponse()!.Content.ToString(), StringComparison.Ordinal);
        Assert.Equal("report; category=known_image_match; surface=output", OpenAiChatRouteTests.Decision(error.GetRawResponse()!));
    }

    [Fact]
    public async Task An_edit_of_a_known_image_is_refused_before_the_upload_is_forwarded()
    {
        await using var image = File.OpenRead(TestBanks.KnownImagePath);

        var error = await Assert.ThrowsAsync<ClientResultException>(() => Client().GenerateImageEditAsync(image, "photo.jpg", "make it brighter"));

        Assert.Equal(400, error.Status);
        Assert.Contains("content_policy_violation", error.GetRawResponse()!.Content.ToString(), StringComparison.Ordinal);
        Assert.Equal("report; category=known_image_match; surface=upload", OpenAiChatRouteTests.Decision(error.GetRawResponse()!));
        Assert.Empty(_harness.Upstream.Requests);
    }

    [Fact]
    public async Task An_edit_of_an_unknown_image_is_forwarded_byte_for_byte()
    {
        var bytes = await File.ReadAllBytesAsync(TestBanks.UnknownImagePath);
        await using var image = new MemoryStream(bytes);

        var edited = await Client().GenerateImageEditAsync(image, "photo.jpg", "make it brighter", new ImageEditOptions { ResponseFormat = GeneratedImageFormat.Bytes });

        Assert.Equal(_harness.Upstream.ImageAnswer, edited.Value.ImageBytes.ToArray());
        var received = Assert.Single(_harness.Upstream.Requests);
        Assert.NotNull(received.Raw);
        Assert.True(received.Raw.AsSpan().IndexOf(bytes) >= 0, "The uploaded image reached the model unchanged.");
    }

    [Fact]
    public async Task Streamed_generation_and_malformed_uploads_are_bad_requests()
    {
        using var client = _harness.RawClient();

        using var streamed = await client.PostAsync(new Uri("/v1/images/generations", UriKind.Relative), OpenAiChatRouteTests.JsonBody(new { prompt = "a red bicycle", stream = true }));
        using var notMultipart = await client.PostAsync(new Uri("/v1/images/edits", UriKind.Relative), OpenAiChatRouteTests.JsonBody(new { prompt = "brighter" }));
        using var form = new MultipartFormDataContent { { new StringContent("brighter"), "prompt" } };
        using var noImage = await client.PostAsync(new Uri("/v1/images/edits", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, streamed.StatusCode);
        Assert.Contains("Streamed image generation is not supported", await streamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notMultipart.StatusCode);
        Assert.Contains("multipart/form-data", await notMultipart.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noImage.StatusCode);
        Assert.Contains("needs an 'image' file", await noImage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_harness.Upstream.Requests);
    }

    private ImageClient Client() =>
        new("fake-image-model", new ApiKeyCredential("test-key"), new OpenAIClientOptions { Endpoint = new Uri(_harness.BaseUrl, "v1"), RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(maxRetries: 0) });
}
