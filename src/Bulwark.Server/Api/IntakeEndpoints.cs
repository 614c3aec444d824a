using System.Text.Json;
using Bulwark.Casework.Access;
using Bulwark.Casework.Appeals;
using Bulwark.Casework.Reports;
using Bulwark.Detection.Screening;
using Bulwark.Server.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Bulwark.Server.Api;

/// <summary>
/// <c>POST /v1/reports</c> (user reports) and <c>POST /v1/appeals</c> (appeals against enforcement), authenticated
/// with the tenant's Bulwark key like the screened routes. Bodies are JSON of at most 16 KiB; unknown fields, missing
/// fields and over-long values are refused with 400 and a message that names the field, never the client's text.
/// </summary>
internal static class IntakeEndpoints
{
    public const string ReportsPath = "/v1/reports";
    public const string AppealsPath = "/v1/appeals";
    public const int MaxBodyBytes = 16 * 1024;
    public const int MaxIdLength = 256;
    public const int MaxTextLength = 4000;
    private const string Tag = "casework";
    private const string OtherCategory = "other";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true };

    public static void MapIntake(this IEndpointRouteBuilder app)
    {
        app.MapPost(ReportsPath, SubmitReportAsync)
            .WithName("submitReport")
            .WithTags(Tag)
            .WithSummary("Report a response, conversation, image or account.")
            .WithDescription(
                "For an app's \"Report this\" link: the tenant's server forwards what its user reported. Authenticated with the tenant's " +
                "Bulwark key (Authorization: Bearer bwk_…, or x-api-key). The report joins the reported user's open case (or opens one) " +
                "in the user-reports queue. The same reporter reporting the same subject for the same category again is the same report " +
                "(200 with duplicate: true). The text is stored encrypted and shown only to the reviewer of the case.")
            .Accepts<UserReportRequest>("application/json")
            .Produces<UserReportResponse>(StatusCodes.Status201Created)
            .Produces<UserReportResponse>(StatusCodes.Status200OK)
            .Produces<IntakeError>(StatusCodes.Status400BadRequest)
            .Produces<IntakeError>(StatusCodes.Status401Unauthorized)
            .Produces<IntakeError>(StatusCodes.Status413PayloadTooLarge);
        app.MapPost(AppealsPath, SubmitAppealAsync)
            .WithName("submitAppeal")
            .WithTags(Tag)
            .WithSummary("Appeal an enforcement action on behalf of an end user.")
            .WithDescription(
                "Authenticated with the tenant's Bulwark key. Give user_id to appeal the measure in force on that account (what the " +
                "gateway's 403 refusal names), or enforcement_action_id for a particular action. A reviewer other than the one who took " +
                "the action decides; a reversal lifts the measure at once. One appeal per action: a second one answers 200 with the first.")
            .Accepts<AppealRequest>("application/json")
            .Produces<AppealResponse>(StatusCodes.Status201Created)
            .Produces<AppealResponse>(StatusCodes.Status200OK)
            .Produces<IntakeError>(StatusCodes.Status400BadRequest)
            .Produces<IntakeError>(StatusCodes.Status401Unauthorized)
            .Produces<IntakeError>(StatusCodes.Status404NotFound)
            .Produces<IntakeError>(StatusCodes.Status413PayloadTooLarge);
    }

    private static async Task<IResult> SubmitReportAsync(HttpContext context, ApiKeyService keys, UserReportService reports, Screener screener)
    {
        var (tenant, body, failure) = await ReadAsync<UserReportRequest>(context, keys).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (!Enum.TryParse<ReportSubjectKind>(body!.Subject.Type, ignoreCase: true, out var kind) || int.TryParse(body.Subject.Type, out _))
        {
            return BadRequest("subject.type must be response, conversation, image or account.");
        }

        if (body.Category != OtherCategory && !screener.Policy.Categories.ContainsKey(body.Category))
        {
            return BadRequest($"category must be a category of policy '{screener.Policy.Id}' or '{OtherCategory}'.");
        }

        var problem = Invalid(body.ReporterId, "reporter_id") ?? Invalid(body.Subject.Id, "subject.id") ?? Invalid(body.Subject.UserId, "subject.user_id", optional: true);
        if (problem is not null)
        {
            return BadRequest(problem);
        }

        if (body.Text is { Length: > MaxTextLength })
        {
            return BadRequest($"text is longer than {MaxTextLength} characters.");
        }

        var receipt = await reports.SubmitAsync(
            new UserReportSubmission(tenant!, body.ReporterId, kind, body.Subject.Id, body.Subject.UserId, body.Category, body.Text),
            context.RequestAborted).ConfigureAwait(false);
        var response = new UserReportResponse(receipt.ReportId, receipt.Duplicate);
        return receipt.Duplicate ? TypedResults.Ok(response) : TypedResults.Json(response, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> SubmitAppealAsync(HttpContext context, ApiKeyService keys, AppealService appeals)
    {
        var (tenant, body, failure) = await ReadAsync<AppealRequest>(context, keys).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (body!.EnforcementActionId is null && body.UserId is null)
        {
            return BadRequest("Give user_id or enforcement_action_id.");
        }

        if (Invalid(body.UserId, "user_id", optional: true) is { } problem)
        {
            return BadRequest(problem);
        }

        if (body.Statement is { Length: > MaxTextLength })
        {
            return BadRequest($"statement is longer than {MaxTextLength} characters.");
        }

        var receipt = body.EnforcementActionId is { } actionId
            ? await appeals.SubmitAsync(tenant!, actionId, body.Statement, context.RequestAborted).ConfigureAwait(false)
            : await appeals.SubmitForAccountAsync(tenant!, body.UserId!, body.Statement, context.RequestAborted).ConfigureAwait(false);
        if (receipt is null)
        {
            return TypedResults.Json(new IntakeError("No such enforcement action on this tenant's accounts."), statusCode: StatusCodes.Status404NotFound);
        }

        var response = new AppealResponse(receipt.AppealId, receipt.Status.ToString().ToLowerInvariant(), receipt.Duplicate);
        return receipt.Duplicate ? TypedResults.Ok(response) : TypedResults.Json(response, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<(string? Tenant, T? Body, IResult? Failure)> ReadAsync<T>(HttpContext context, ApiKeyService keys)
        where T : class
    {
        var presented = GatewayCasework.PresentedKey(context.Request);
        var identity = presented is null ? null : await keys.AuthenticateAsync(presented, context.RequestAborted).ConfigureAwait(false);
        if (identity is null)
        {
            return (null, null, TypedResults.Json(new IntakeError("A valid Bulwark API key is required (Authorization: Bearer bwk_…)."), statusCode: StatusCodes.Status401Unauthorized));
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return (null, null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return (null, null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var body = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Json);
            return body is null ? (null, null, BadRequest("The body must be a JSON object.")) : (identity.TenantId, body, null);
        }
        catch (JsonException e)
        {
            // The parser's message can quote the client's bytes; the path names the field without them.
            return (null, null, BadRequest($"The body is not valid: malformed JSON, or a missing, unknown or mistyped field at {e.Path ?? "$"}."));
        }
    }

    private static string? Invalid(string? value, string field, bool optional = false) =>
        value is null ? (optional ? null : $"{field} is required.")
        : string.IsNullOrWhiteSpace(value) || value.Length > MaxIdLength ? $"{field} must be 1-{MaxIdLength} characters."
        : null;

    private static BadRequest<IntakeError> BadRequest(string message) => TypedResults.BadRequest(new IntakeError(message));

    private static JsonHttpResult<IntakeError> TooLarge() => TypedResults.Json(new IntakeError($"The body is larger than {MaxBodyBytes} bytes."), statusCode: StatusCodes.Status413PayloadTooLarge);
}
