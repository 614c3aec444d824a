using System.Text.Json.Serialization;
using Bulwark.Detection.Evaluation;

namespace Bulwark.Cli.Evaluation;

/// <summary>Source-generated JSON for evaluation reports.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PdqEvaluationReport))]
[JsonSerializable(typeof(TextEvaluationReport))]
internal sealed partial class EvaluationJson : JsonSerializerContext;
