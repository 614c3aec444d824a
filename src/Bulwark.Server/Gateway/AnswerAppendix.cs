namespace Bulwark.Server.Gateway;

/// <summary>
/// Events that add a closing paragraph to a streamed answer (<see cref="IAnswerStream.Appendix"/>). When
/// <see cref="ReplacesEvent"/> is set they include a rewritten copy of the event they were asked about (a protocol whose
/// final event restates the whole answer and numbers its events), which is then not sent as received.
/// </summary>
internal readonly record struct AnswerAppendix(string Events, bool ReplacesEvent = false);
