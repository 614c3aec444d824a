namespace Bulwark.Server.Gateway;

/// <summary>A piece of assistant text carried by one streamed event.</summary>
/// <param name="Alternative">Which answer it belongs to: OpenAI's choice index; always 0 for Anthropic.</param>
/// <param name="Text">The piece exactly as sent, plus a line break where a new part (content block) begins after text.</param>
internal readonly record struct StreamedText(int Alternative, string Text);
