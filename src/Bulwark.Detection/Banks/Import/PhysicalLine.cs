namespace Bulwark.Detection.Banks.Import;

/// <summary>One line of input without its terminator; <see cref="Text"/> is null when the line was over the length cap.</summary>
internal readonly record struct PhysicalLine(long Number, string? Text);
