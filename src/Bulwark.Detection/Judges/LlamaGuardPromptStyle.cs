namespace Bulwark.Detection.Judges;

/// <summary>Who writes Llama Guard's task prompt: Bulwark, or the server's chat template.</summary>
public enum LlamaGuardPromptStyle
{
    /// <summary>
    /// Bulwark renders the documented prompt (task, S1–S14, conversation, instruction) and sends it as one user
    /// message. Use with servers whose chat template passes the message through (a plain Llama 3 template, a
    /// raw-completion proxy), and whenever the exact prompt must be pinned.
    /// </summary>
    Rendered,

    /// <summary>
    /// Bulwark sends the text as a plain user message and the server's Llama Guard chat template (Ollama's
    /// <c>llama-guard3</c>, the Hugging Face tokenizer template under vLLM) adds the categories and instruction.
    /// Sending a rendered prompt to such a server would wrap it twice.
    /// </summary>
    ServerTemplate,
}
