using Bulwark.Detection.Policy;
using Bulwark.Detection.Screening;

namespace Bulwark.Server.Tests.Support;

/// <summary>
/// A detector for tests where the real classifier is not the point: it finds <c>csam_solicitation</c> at score 1 in any
/// text containing <see cref="Marker"/>, a harmless token, so a test can make a model "answer" something violating
/// without any such text existing. With <c>throws</c> it fails on every call; with a <c>gate</c> every call waits for it.
/// </summary>
internal sealed class StandInDetector(bool throws = false, Task? gate = null) : IDetector
{
    public const string Marker = "[stand-in violation]";

    public string Name => "stand-in";

    public double Cost => 1;

    public IReadOnlyCollection<string> Categories { get; } = [CategoryIds.CsamSolicitation];

    public async Task<IReadOnlyList<Finding>> DetectAsync(Content content, CancellationToken cancellationToken)
    {
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken);
        }

        if (throws)
        {
            throw new InvalidOperationException("The stand-in detector fails on purpose.");
        }

        return content.Text?.Contains(Marker, StringComparison.Ordinal) == true
            ? [new Finding(CategoryIds.CsamSolicitation, 1.0, new Evidence("stand-in.marker"))]
            : [];
    }
}
