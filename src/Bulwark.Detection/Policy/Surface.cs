namespace Bulwark.Detection.Policy;

/// <summary>Where a piece of content was met; the policy chooses actions per surface.</summary>
public enum Surface
{
    /// <summary>A request sent to a model (YAML <c>prompt</c>).</summary>
    Prompt,

    /// <summary>A model's answer (YAML <c>output</c>).</summary>
    Output,

    /// <summary>A file a user uploaded (YAML <c>upload</c>).</summary>
    Upload,

    /// <summary>A record in a training or evaluation data set (YAML <c>dataset</c>).</summary>
    Dataset,

    /// <summary>Content attached to a user's report (YAML <c>report</c>).</summary>
    Report,
}
