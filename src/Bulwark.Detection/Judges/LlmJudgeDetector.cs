using Bulwark.Detection.Screening;

namespace Bulwark.Detection.Judges;

/// <summary>
/// An <see cref="IDetector"/> over an <see cref="LlmJudge"/>: for text, one finding per configured category, scored
/// high when the judge says the text violates and low when it says not, with the judge's rule and answer line as
/// evidence. Images yield no findings.
/// </summary>
/// <remarks>
/// A judge that cannot answer throws <see cref="JudgeUnavailableException"/> through <see cref="DetectAsync"/>, so
/// the screener fails closed for <see cref="Categories"/>. Evidence carries the model's answer line, never the text.
/// </remarks>
public sealed class LlmJudgeDetector : IDetector
{
    private readonly LlmJudge _judge;
    private readonly LlmJudgeDetectorOptions _options;
    private readonly string[] _categories;

    /// <param name="judge">The judge; shared, so its circuit breaker sees every caller.</param>
    /// <param name="options">Settings; <see cref="LlmJudgeDetectorOptions.Default"/> when null.</param>
    public LlmJudgeDetector(LlmJudge judge, LlmJudgeDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(judge);
        options ??= LlmJudgeDetectorOptions.Default;
        options.Validate();
        _judge = judge;
        _options = options;
        _categories = [.. options.Categories.Distinct(StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public string Name => _options.Name;

    /// <inheritdoc />
    public double Cost => _options.Cost;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Categories => _categories;

    /// <inheritdoc />
    public async Task<IReadOnlyList<Finding>> DetectAsync(Content content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Kind != ContentKind.Text)
        {
            return [];
        }

        var answer = await _judge.JudgeAsync(content.Text!, cancellationToken).ConfigureAwait(false);
        var score = answer.Violates ? _options.ViolationScore : _options.SafeScore;
        var evidence = new Evidence(answer.RuleId) { Detail = answer.RawAnswer };
        return [.. _categories.Select(category => new Finding(category, score, evidence))];
    }
}
