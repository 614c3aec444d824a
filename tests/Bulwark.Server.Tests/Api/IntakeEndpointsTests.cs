using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bulwark.Casework.Enforcement;
using Bulwark.Casework.Storage;
using Bulwark.Detection.Policy;
using Bulwark.Server.Tests.Console;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Server.Tests.Api;

public sealed class IntakeEndpointsTests(ConsoleHarnessFixture fixture) : IClassFixture<ConsoleHarnessFixture>
{
    private const string Report = """{"reporter_id":"r-1","subject":{"type":"response","id":"resp-9","user_id":"reported-user"},"category":"grooming","text":"It asked my age and where I live."}""";

    private readonly ConsoleHarness _harness = fixture.Harness;

    [Fact]
    public async Task Report_is_stored_once_and_a_repeat_answers_with_the_same_id()
    {
        using var first = await PostAsync("/v1/reports", Report);
        using var again = await PostAsync("/v1/reports", Report);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var firstBody = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        var againBody = JsonNode.Parse(await again.Content.ReadAsStringAsync())!;
        Assert.Equal(firstBody["report_id"]!.GetValue<string>(), againBody["report_id"]!.GetValue<string>());
        Assert.True(againBody["duplicate"]!.GetValue<bool>());
        await using var db = await _harness.Services.GetRequiredService<IDbContextFactory<CaseworkDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.UserReports.CountAsync(r => r.SubjectUserId == "reported-user"));
        Assert.Equal("user-reports", await db.Cases.Where(c => c.ExternalUserId == "reported-user").Select(c => c.Queue).SingleAsync());
    }

    [Theory]
    [InlineData("""{"reporter_id":"r-1","subject":{"type":"response","id":"x"},"category":"grooming","extra":1}""", "unknown field")]
    [InlineData("""{"subject":{"type":"response","id":"x"},"category":"grooming"}""", "missing reporter")]
    [InlineData("""{"reporter_id":"r-1","subject":{"type":"video","id":"x"},"category":"grooming"}""", "unknown subject type")]
    [InlineData("""{"reporter_id":"r-1","subject":{"type":"1","id":"x"},"category":"grooming"}""", "numeric subject type")]
    [InlineData("""{"reporter_id":"r-1","subject":{"type":"account","id":"x"},"category":"not_a_category"}""", "unknown category")]
    [InlineData("""{"reporter_id":"","subject":{"type":"account","id":"x"},"category":"other"}""", "empty reporter")]
    [InlineData("""{"reporter_id":"r-1","subject":{"type":"account","id":"x"},""", "truncated JSON")]
    [InlineData("""[1,2]""", "not an object")]
    public async Task Malformed_report_is_refused_with_400_and_nothing_is_stored(string body, string why)
    {
        using var response = await PostAsync("/v1/reports", body);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, why);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]);
        await using var db = await _harness.Services.GetRequiredService<IDbContextFactory<CaseworkDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.UserReports.CountAsync(r => r.SubjectId == "x"));
    }

    [Fact]
    public async Task Oversized_report_is_refused_with_413()
    {
        var text = new string('a', 20_000);

        using var response = await PostAsync("/v1/reports", $$"""{"reporter_id":"r-1","subject":{"type":"account","id":"x"},"category":"other","text":"{{text}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Report_or_appeal_without_a_valid_key_is_refused_with_401()
    {
        using var client = new HttpClient { BaseAddress = _harness.BaseUrl };
        using var noKey = await client.PostAsync(new Uri("/v1/reports", UriKind.Relative), new StringContent(Report, Encoding.UTF8, "application/json"));
        client.DefaultRequestHeaders.Add("x-api-key", "bwk_notarealkeynotarealkeynotarealkeynotarealk");
        using var badKey = await client.PostAsync(new Uri("/v1/appeals", UriKind.Relative), new StringContent("""{"user_id":"appealing-user"}""", Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (noKey.StatusCode, badKey.StatusCode));
    }

    [Fact]
    public async Task Appeal_needs_an_action_in_force_and_a_second_appeal_is_the_first()
    {
        using var none = await PostAsync("/v1/appeals", """{"user_id":"appealing-user"}""");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        await _harness.Services.GetRequiredService<EnforcementService>()
            .ApplyViolationAsync(new PolicyLoader().LoadDefault(), new AccountRef(ConsoleHarness.Tenant, "appealing-user"), "grooming", ViolationSource.Automated, "gateway");

        using var first = await PostAsync("/v1/appeals", """{"user_id":"appealing-user","statement":"I was asking for my class project."}""");
        using var second = await PostAsync("/v1/appeals", """{"user_id":"appealing-user"}""");
        using var neither = await PostAsync("/v1/appeals", """{"statement":"no subject"}""");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.BadRequest), (first.StatusCode, second.StatusCode, neither.StatusCode));
        Assert.Equal("pending", JsonNode.Parse(await first.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenApi_document_describes_reports_and_appeals()
    {
        using var client = new HttpClient { BaseAddress = _harness.BaseUrl };

        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;

        Assert.NotNull(document["paths"]!["/v1/reports"]!["post"]!["requestBody"]);
        Assert.NotNull(document["paths"]!["/v1/appeals"]!["post"]!["requestBody"]);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string json)
    {
        using var client = _harness.TenantClient();
        return await client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
    }
}
