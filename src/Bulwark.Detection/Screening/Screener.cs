using Bulwark.Detection.Policy;

namespace Bulwark.Detection.Screening;

/// <summary>
/// Runs detectors over content under a policy and returns a <see cref="Verdict"/>. Detectors run one at a time,
/// cheapest first; once the action is a block (or report) that no remaining detector could make more severe, the
/// rest are skipped.
/// </summary>
/// <remarks>
/// <para>Fails closed: a detector that throws, returns an invalid result or exceeds its timeout yields each of its
/// categories' on-failure action (hold for review or block), unless the policy marks the category fail-open, in which
/// case the failure is recorded in <see cref="Verdict.Failures"/> and nothing is held.</para>
/// <para>Each detector (except an <see cref="IInlineDetector"/>) runs on the thread pool and is abandoned (its token cancelled) when its timeout passes, so a
/// detector that ignores cancellation or blocks synchronously cannot stall screening.</para>
/// <para>Thread-safe: one screener can serve concurrent calls.</para>
/// </remarks>
public sealed class Screener
{
    private readonly ScreeningPolicy _policy;
    private readonly IDetector[] _detectors;
    private readonly ScreenerOptions _options;
    private readonly TimeProvider _time;
    private readonly IDetector? _judge;

    /// <param name="policy">The policy that decides.</param>
    /// <param name="detectors">The detectors; order among equal costs is kept.</param>
    /// <param name="options">Timeouts and behaviour; <see cref="ScreenerOptions.Default"/> when null.</param>
    /// <param name="judge">
    /// An optional second opinion (an LLM judge) asked only about categories whose first-pass score lies in the
    /// policy's uncertain band; its score replaces theirs. Null for none.
    /// </param>
    /// <exception cref="ArgumentException">A detector is null, two share a name, or one covers a category the policy does not define.</exception>
    public Screener(ScreeningPolicy policy, IEnumerable<IDetector> detectors, ScreenerOptions? options = null, IDetector? judge = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(detectors);
        options ??= ScreenerOptions.Default;
        options.Validate();
        _policy = policy;
        _options = options;
        _time = options.TimeProvider ?? TimeProvider.System;
        var given = detectors.ToList();
        if (given.Contains(null!))
        {
            throw new ArgumentException("A detector is null.", nameof(detectors));
        }

        _detectors = [.. given.OrderBy(detector => detector.Cost)];
        _judge = judge;
        foreach (var detector in judge is null ? _detectors : _detectors.Append(judge))
        {
            if (detector.Categories.FirstOrDefault(category => !policy.Categories.ContainsKey(category)) is { } unknown)
            {
                throw new ArgumentException($"Detector '{detector.Name}' covers category '{unknown}', which policy '{policy.Id}' does not define.", nameof(detectors));
            }
        }

        if ((judge is null ? _detectors : _detectors.Append(judge)).GroupBy(detector => detector.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1) is { } duplicate)
        {
            throw new ArgumentException($"Two detectors are named '{duplicate.Key}'; names identify detectors in verdicts and timeouts.", nameof(detectors));
        }
    }

    /// <summary>The policy that decides.</summary>
    public ScreeningPolicy Policy => _policy;

    /// <summary>The detectors in the order they run.</summary>
    public IReadOnlyList<IDetector> Detectors => _detectors;

    /// <summary>The second opinion for uncertain scores, if any.</summary>
    public IDetector? Judge => _judge;

    /// <summary>Screens <paramref name="content"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; no verdict is given.</exception>
    public Task<Verdict> ScreenAsync(Content content, CancellationToken cancellationToken = default) => ScreenAsync(content, null, cancellationToken);

    /// <summary>
    /// Screens <paramref name="content"/>, one of a series of screens of a growing text: the judge is asked only when
    /// its question differs from the one <paramref name="rulings"/> holds the answer to.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; no verdict is given.</exception>
    public async Task<Verdict> ScreenAsync(Content content, JudgeRulings? rulings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var started = _time.GetTimestamp();
        var tally = new Tally(_policy, content.Surface);
        var run = new List<string>();
        var skipped = new List<string>();

        for (var i = 0; i < _detectors.Length; i++)
        {
            var detector = _detectors[i];
            // Only a block is decisive: below it, every detector may still add evidence a reviewer needs.
            if (_options.StopWhenDecisive && tally.Action >= PolicyAction.Block && tally.Action >= MostSevereRemaining(i, content.Surface))
            {
                skipped.AddRange(_detectors.Skip(i).Select(remaining => remaining.Name));
                break;
            }

            run.Add(detector.Name);
            var (findings, failure) = await RunAsync(detector, content, cancellationToken).ConfigureAwait(false);
            if (failure is not null)
            {
                tally.Fail(detector, failure.Value.Kind, failure.Value.Message);
            }
            else
            {
                tally.Add(detector.Name, findings!);
            }
        }

        if (_judge is not null && skipped.Count == 0)
        {
            await SecondOpinionAsync(_judge, content, tally, run, skipped, rulings, cancellationToken).ConfigureAwait(false);
        }

        return tally.ToVerdict(run, skipped, _time.GetElapsedTime(started));
    }

    /// <summary>
    /// Asks the judge about the uncertain categories it covers, and lets its score replace theirs: a judge's "safe"
    /// must be able to lower a classifier's 0.6, which keeping the highest score would not allow. The first-pass
    /// findings stay in the verdict as evidence. A judge that fails fails closed for exactly those categories.
    /// </summary>
    private async Task SecondOpinionAsync(IDetector judge, Content content, Tally tally, List<string> run, List<string> skipped, JudgeRulings? rulings, CancellationToken cancellationToken)
    {
        var uncertain = tally.Uncertain().Intersect(judge.Categories, StringComparer.Ordinal).ToList();
        if (uncertain.Count == 0)
        {
            return;
        }

        // A block decided by a category the judge is not asked about stands whatever the judge says.
        if (_options.StopWhenDecisive && tally.ActionWithout(uncertain) >= PolicyAction.Block)
        {
            skipped.Add(judge.Name);
            return;
        }

        run.Add(judge.Name);
        var question = rulings is null ? null : tally.Question(uncertain);
        if (question is not null && rulings!.TryReuse(question, out var ruled))
        {
            tally.Settle(judge, ruled, uncertain);
            return;
        }

        rulings?.Asking();
        var (findings, failure) = await RunAsync(judge, content, cancellationToken, _options.JudgeTimeout).ConfigureAwait(false);
        if (question is not null)
        {
            rulings!.Keep(question, failure is null ? findings : null);
        }

        if (failure is not null)
        {
            tally.Fail(judge, failure.Value.Kind, failure.Value.Message, uncertain);
        }
        else
        {
            tally.Settle(judge, findings!, uncertain);
        }
    }

    /// <summary>The most severe action the detectors from <paramref name="index"/> on could still cause, by finding or by failing closed.</summary>
    private PolicyAction MostSevereRemaining(int index, Surface surface)
    {
        var most = PolicyAction.Allow;
        for (var i = index; i < _detectors.Length; i++)
        {
            foreach (var id in _detectors[i].Categories)
            {
                var category = _policy.Categories[id];
                var worst = category.FailOpen ? category.Actions[surface].Block : Max(category.Actions[surface].Block, category.OnFailure);
                most = Max(most, worst);
            }
        }

        return most;
    }

    private async Task<(IReadOnlyList<Finding>? Findings, (DetectorFailureKind Kind, string Message)? Failure)> RunAsync(
        IDetector detector,
        Content content,
        CancellationToken cancellationToken,
        TimeSpan? timeoutOverride = null)
    {
        var timeout = timeoutOverride ?? _options.TimeoutFor(detector.Name);
        if (detector is IInlineDetector)
        {
            return await RunInlineAsync(detector, content, timeout, cancellationToken).ConfigureAwait(false);
        }

        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var task = Task.Run(() => detector.DetectAsync(content, abandon.Token), abandon.Token);
        try
        {
            var findings = await task.WaitAsync(timeout, _time, cancellationToken).ConfigureAwait(false);
            return Checked(findings);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutException)
        {
            await abandon.CancelAsync().ConfigureAwait(false);
            return (null, (DetectorFailureKind.TimedOut, $"No result within {timeout.TotalMilliseconds:0.###} ms."));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Any failure of a detector, including one cancelling itself, is a failure to judge: fail closed, never throw.
            return (null, (DetectorFailureKind.Threw, $"{exception.GetType().Name}: {exception.Message}"));
        }
    }

    /// <summary>Runs a detector that cannot block on the caller's thread; its timeout is checked when it returns.</summary>
    private async Task<(IReadOnlyList<Finding>? Findings, (DetectorFailureKind Kind, string Message)? Failure)> RunInlineAsync(
        IDetector detector,
        Content content,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        try
        {
            var findings = await detector.DetectAsync(content, cancellationToken).ConfigureAwait(false);
            if (timeout != Timeout.InfiniteTimeSpan && _time.GetElapsedTime(started) > timeout)
            {
                return (null, (DetectorFailureKind.TimedOut, $"No result within {timeout.TotalMilliseconds:0.###} ms (inline detector; its late result was discarded)."));
            }

            return Checked(findings);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return (null, (DetectorFailureKind.Threw, $"{exception.GetType().Name}: {exception.Message}"));
        }
    }

    /// <summary>A detector's answer as a result, or as a failure when the list or a finding in it is null.</summary>
    private static (IReadOnlyList<Finding>? Findings, (DetectorFailureKind Kind, string Message)? Failure) Checked(IReadOnlyList<Finding>? findings) =>
        findings is null || findings.Any(finding => finding is null)
            ? (null, (DetectorFailureKind.Threw, "The detector returned a null list or a null finding."))
            : (findings, null);

    private static PolicyAction Max(PolicyAction a, PolicyAction b) => a >= b ? a : b;

    /// <summary>
    /// The verdict <paramref name="policy"/> gives findings made outside a screener (a training-data scan's hash, list
    /// and caption checks), decided exactly as a screening decides its detectors' findings. Each finding should name its
    /// <see cref="Finding.Detector"/>; <paramref name="detectorsRun"/> lists the checks that ran.
    /// </summary>
    public static Verdict Decide(ScreeningPolicy policy, Surface surface, IReadOnlyList<Finding> findings, IReadOnlyList<string> detectorsRun)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(detectorsRun);
        var tally = new Tally(policy, surface);
        tally.Add("external", findings);
        return tally.ToVerdict(detectorsRun, [], TimeSpan.Zero);
    }

    /// <summary>The running result of one screening.</summary>
    private sealed class Tally(ScreeningPolicy policy, Surface surface)
    {
        private readonly Dictionary<string, double> _scores = new(StringComparer.Ordinal);
        private readonly HashSet<string> _failedClosed = new(StringComparer.Ordinal);
        private readonly HashSet<string> _failedOpen = new(StringComparer.Ordinal);
        private readonly HashSet<string> _judged = new(StringComparer.Ordinal);
        private readonly List<Finding> _findings = [];
        private readonly List<DetectorFailure> _failures = [];

        public PolicyAction Action => ActionWithout([]);

        /// <summary>The action the categories other than <paramref name="excluded"/> decide.</summary>
        public PolicyAction ActionWithout(IReadOnlyCollection<string> excluded)
        {
            var action = PolicyAction.Allow;
            foreach (var (id, score) in _scores)
            {
                if (!excluded.Contains(id))
                {
                    action = Max(action, policy.Categories[id].ActionFor(surface, score));
                }
            }

            foreach (var id in _failedClosed)
            {
                if (!excluded.Contains(id))
                {
                    action = Max(action, policy.Categories[id].OnFailure);
                }
            }

            return action;
        }

        /// <summary>Categories whose score lies in the policy's uncertain band and that no detector failed closed for.</summary>
        public IEnumerable<string> Uncertain() =>
            _scores.Where(pair => policy.Categories[pair.Key].IsUncertain(pair.Value) && !_failedClosed.Contains(pair.Key)).Select(pair => pair.Key);

        public void Add(string detector, IReadOnlyList<Finding> findings)
        {
            foreach (var finding in findings)
            {
                _findings.Add(finding with { Detector = finding.Detector ?? detector });
                // A category the policy does not define is kept as evidence but cannot decide anything.
                if (policy.Categories.ContainsKey(finding.Category))
                {
                    _scores[finding.Category] = Math.Max(finding.Score, _scores.GetValueOrDefault(finding.Category));
                }
            }
        }

        /// <summary>
        /// What the judge would be asked about <paramref name="categories"/>: each with its score and the first-pass
        /// evidence for it (rule ids and spans), in a fixed order.
        /// </summary>
        public string Question(IReadOnlyList<string> categories)
        {
            var question = new System.Text.StringBuilder();
            foreach (var category in categories.Order(StringComparer.Ordinal))
            {
                question.Append(category).Append('=').Append(_scores[category].ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append(':');
                foreach (var finding in _findings.Where(finding => finding.Category == category)
                    .OrderBy(finding => finding.Evidence.RuleId, StringComparer.Ordinal).ThenBy(finding => finding.Evidence.Spans.Count > 0 ? finding.Evidence.Spans[0].Start : -1))
                {
                    question.Append(finding.Evidence.RuleId);
                    foreach (var span in finding.Evidence.Spans)
                    {
                        question.Append('@').Append(span.Start).Append('+').Append(span.Length);
                    }

                    question.Append(';');
                }

                question.Append('|');
            }

            return question.ToString();
        }

        /// <summary>Replaces the scores of <paramref name="categories"/> with the judge's; categories it did not answer keep theirs.</summary>
        public void Settle(IDetector judge, IReadOnlyList<Finding> findings, IReadOnlyCollection<string> categories)
        {
            var answers = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var finding in findings)
            {
                _findings.Add(finding with { Detector = finding.Detector ?? judge.Name });
                if (categories.Contains(finding.Category))
                {
                    answers[finding.Category] = Math.Max(finding.Score, answers.GetValueOrDefault(finding.Category));
                }
            }

            foreach (var (id, score) in answers)
            {
                _scores[id] = score;
                _judged.Add(id);
            }
        }

        public void Fail(IDetector detector, DetectorFailureKind kind, string message, IReadOnlyCollection<string>? only = null)
        {
            var closed = new List<string>();
            var open = new List<string>();
            foreach (var id in only ?? detector.Categories)
            {
                var category = policy.Categories[id];
                (category.FailOpen ? open : closed).Add(id);
                (category.FailOpen ? _failedOpen : _failedClosed).Add(id);
            }

            _failures.Add(new DetectorFailure(detector.Name, kind, message, closed, open));
        }

        public Verdict ToVerdict(IReadOnlyList<string> run, IReadOnlyList<string> skipped, TimeSpan elapsed)
        {
            var outcomes = _scores.Keys.Union(_failedClosed).Union(_failedOpen)
                .Select(Outcome)
                .OrderByDescending(outcome => outcome.Action)
                .ThenByDescending(outcome => outcome.Score)
                .ThenBy(outcome => outcome.Category, StringComparer.Ordinal)
                .ToList();
            return new Verdict
            {
                Action = Action,
                Surface = surface,
                Categories = outcomes,
                Findings = _findings,
                Failures = _failures,
                DetectorsRun = run,
                DetectorsSkipped = skipped,
                PolicyId = policy.Id,
                PolicyVersion = policy.Version,
                PolicyHash = policy.ContentHash,
                Elapsed = elapsed,
            };
        }

        private CategoryOutcome Outcome(string id)
        {
            var category = policy.Categories[id];
            var score = _scores.GetValueOrDefault(id);
            var failedClosed = _failedClosed.Contains(id);
            var action = category.ActionFor(surface, score);
            if (failedClosed)
            {
                action = Max(action, category.OnFailure);
            }

            return new CategoryOutcome(
                id,
                score,
                category.Thresholds.Band(score),
                action,
                _scores.ContainsKey(id) && !_judged.Contains(id) && category.IsUncertain(score),
                failedClosed,
                _failedOpen.Contains(id))
            {
                Judged = _judged.Contains(id),
            };
        }
    }
}
