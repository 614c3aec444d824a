using Bulwark.Detection.Imaging;

namespace Bulwark.Detection.Evaluation;

/// <summary>A named, benign image used to build an evaluation's bank and queries.</summary>
public sealed record EvaluationImage(string Name, DecodedImage Image);
