using System.Diagnostics;
using Bulwark.Detection.Hashing;
using Bulwark.Detection.Hashing.Pdq;

namespace Bulwark.Detection.Evaluation;

/// <summary>
/// Measures recall, precision and false-positive rate of PDQ matching with different query views on
/// labelled variants of benign images. Half the images (alternately, by name) form the bank; every variant
/// of every image is a query. Matching is a linear scan: the index returns exactly the same hits (its
/// property tests say so), and a scan keeps this measurement independent of it.
/// </summary>
public sealed class PdqMatchEvaluation
{
    private readonly int _threshold;

    public PdqMatchEvaluation(int threshold = 31)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, PdqHash.BitCount);
        _threshold = threshold;
    }

    public PdqEvaluationReport Run(
        IReadOnlyList<EvaluationImage> images,
        IReadOnlyList<PdqEvaluationConfiguration> configurations,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(configurations);
        var hasher = new PdqHasher();
        var usable = images
            .Select(image => (image, canonical: hasher.Hash(image.Image)))
            .Where(pair => pair.canonical.Quality >= PdqQuality.MatchingMinimum)
            .OrderBy(pair => pair.image.Name, StringComparer.Ordinal)
            .ToList();
        var bank = usable.Where((_, index) => index % 2 == 0).Select(pair => (pair.image.Name, pair.canonical.Hash)).ToList();
        var bankNames = bank.Select(entry => entry.Name).ToHashSet(StringComparer.Ordinal);

        var variants = ImageVariants.All;
        var lossy = ImageVariants.Lossy.Select(variant => variant.Name).ToHashSet(StringComparer.Ordinal);
        var tallies = configurations.Select(configuration => new Tally(configuration, _threshold)).ToList();
        var done = 0;
        foreach (var (image, _) in usable)
        {
            var inBank = bankNames.Contains(image.Name);
            foreach (var variant in variants)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var query = variant.Apply(image.Image);
                foreach (var tally in tallies)
                {
                    tally.Record(query, image.Name, inBank, variant.Name, lossy.Contains(variant.Name), bank);
                }
            }

            progress?.Report(++done);
        }

        return new PdqEvaluationReport(
            _threshold,
            bank.Count,
            usable.Count - bank.Count,
            images.Count - usable.Count,
            ImageVariants.Recoverable.Select(variant => variant.Name).ToList(),
            ImageVariants.Lossy.Select(variant => variant.Name).ToList(),
            tallies.Select(tally => tally.ToResult()).ToList());
    }

    private sealed class Tally(PdqEvaluationConfiguration configuration, int threshold)
    {
        private readonly PdqQueryHasher _queries = new(configuration.Views);
        private readonly Dictionary<string, (int Hits, int Total)> _byVariant = new(StringComparer.Ordinal);
        private int _truePositives;
        private int _falseNegatives;
        private int _lossyHits;
        private int _lossyTotal;
        private int _falsePositives;
        private int _negatives;
        private int _negativesMatched;
        private long _hashes;
        private int _queriesRun;
        private TimeSpan _elapsed;

        public void Record(Imaging.DecodedImage query, string name, bool inBank, string variant, bool isLossy, List<(string Name, PdqHash Hash)> bank)
        {
            var started = Stopwatch.GetTimestamp();
            var hashes = _queries.Hash(query);
            _elapsed += Stopwatch.GetElapsedTime(started);
            _hashes += hashes.Count;
            _queriesRun++;

            var matched = bank.Where(entry => hashes.Any(hash => hash.Hash.DistanceTo(entry.Hash) <= threshold)).Select(entry => entry.Name).ToList();
            var wrong = matched.Count(match => match != name);
            _falsePositives += wrong;
            if (!inBank)
            {
                _negatives++;
                _negativesMatched += matched.Count > 0 ? 1 : 0;
                return;
            }

            var hit = matched.Contains(name);
            if (isLossy)
            {
                _lossyTotal++;
                _lossyHits += hit ? 1 : 0;
            }
            else if (hit)
            {
                _truePositives++;
            }
            else
            {
                _falseNegatives++;
            }

            var (hits, total) = _byVariant.GetValueOrDefault(variant);
            _byVariant[variant] = (hits + (hit ? 1 : 0), total + 1);
        }

        public PdqEvaluationResult ToResult() => new(
            configuration.Name,
            _queriesRun == 0 ? 0 : (double)_hashes / _queriesRun,
            _queriesRun == 0 ? 0 : _elapsed.TotalMilliseconds / _queriesRun,
            Ratio(_truePositives, _truePositives + _falseNegatives),
            Ratio(_lossyHits, _lossyTotal),
            Ratio(_truePositives + _lossyHits, _truePositives + _lossyHits + _falsePositives),
            Ratio(_negativesMatched, _negatives),
            _truePositives,
            _falseNegatives,
            _falsePositives,
            _negatives,
            _byVariant.ToDictionary(pair => pair.Key, pair => Ratio(pair.Value.Hits, pair.Value.Total), StringComparer.Ordinal));

        private static double Ratio(int numerator, int denominator) => denominator == 0 ? 1.0 : (double)numerator / denominator;
    }
}
