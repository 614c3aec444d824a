using System.Text;

namespace Bulwark.Server.Gateway;

/// <summary>
/// The events of one streamed answer that have not reached the client, and the answer's text so far. The owner adds
/// each event as it arrives, screens the texts <see cref="DueForScreening"/> names, and sends what
/// <see cref="Release"/> gives back. An event is released only when everything before it has been, the text it carries
/// has been screened as part of its whole answer, and the window's worth of later text has been screened too — or the
/// stream has ended and every answer passed whole. Events without text wait only for those before them.
/// </summary>
/// <remarks>
/// Each screen covers the whole answer so far, so a streamed answer is judged on the same text as the same answer
/// non-streamed, and the last screen of an allowed stream is exactly the non-streamed one. Screening after every event
/// would cost time quadratic in the answer's length (measured with <c>bench … stream-cadence</c>: 5.6 s of screening
/// for a 40,000-character answer in 4-character deltas), so a screen waits until the answer has grown by
/// <see cref="MinScreenChars"/> or by a <see cref="ScreenGrowthDivisor"/>th of its length, whichever is more: 126
/// screens and 34 ms for the same answer (every 64 characters: 625 screens, 318 ms), at the price of text being released
/// in steps of up to a 32nd of the answer. The first screen comes as soon as it could release the first text, so the
/// first token waits for the window and no more.
/// </remarks>
internal sealed class HoldBackBuffer(int windowChars)
{
    /// <summary>New characters an answer gathers before it is screened again, at least.</summary>
    public const int MinScreenChars = 64;

    /// <summary>An answer is screened again once it has grown by this fraction (1/n) of its length, if that is more.</summary>
    public const int ScreenGrowthDivisor = 32;

    /// <summary>OpenAI allows at most 128 choices; a higher index is not an answer this buffer keeps text for.</summary>
    public const int MaxAlternatives = 128;

    private readonly Queue<HeldEvent> _held = new();
    private readonly List<Answer> _answers = [];

    /// <summary>Characters of each alternative's text already sent to the client.</summary>
    public int ReleasedChars(int alternative) => alternative < _answers.Count ? _answers[alternative].Released : 0;

    /// <summary>Holds <paramref name="item"/>, which carries <paramref name="texts"/>, behind everything held before it.</summary>
    public void Add(SseEvent item, IReadOnlyList<StreamedText> texts)
    {
        var ends = new List<(int Alternative, int End)>(texts.Count);
        foreach (var text in texts)
        {
            var answer = AnswerOf(text.Alternative);
            answer.Text.Append(text.Text);
            ends.Add((text.Alternative, answer.Text.Length));
        }

        _held.Enqueue(new HeldEvent(item, texts, ends));
    }

    /// <summary>The alternatives to screen now; when <paramref name="ended"/>, every one with text not yet screened.</summary>
    public IReadOnlyList<int> DueForScreening(bool ended)
    {
        var due = new List<int>();
        for (var i = 0; i < _answers.Count; i++)
        {
            var answer = _answers[i];
            var grown = answer.Text.Length - answer.Screened;
            if (grown > 0 && (ended || grown >= Math.Max(MinScreenChars, answer.Text.Length / ScreenGrowthDivisor) || FirstReleaseWaits(i)))
            {
                due.Add(i);
            }
        }

        return due;
    }

    /// <summary>The whole text of <paramref name="alternative"/> so far, to be screened.</summary>
    public string Text(int alternative) => _answers[alternative].Text.ToString();

    /// <summary>How many answers (alternatives) the stream has carried text for.</summary>
    public int Alternatives => _answers.Count;

    /// <summary>Records that the first <paramref name="length"/> characters of <paramref name="alternative"/> passed screening.</summary>
    public void Screened(int alternative, int length) => _answers[alternative].Screened = length;

    /// <summary>
    /// Takes the held events that may now reach the client, oldest first. When <paramref name="ended"/>, the window
    /// no longer applies: the caller has screened every answer whole and each passed.
    /// </summary>
    public IReadOnlyList<HeldEvent> Release(bool ended)
    {
        var released = new List<HeldEvent>();
        while (_held.TryPeek(out var head) && head.Ends.All(end => Screens(end.Alternative, end.End, ended)))
        {
            _held.Dequeue();
            foreach (var (alternative, end) in head.Ends)
            {
                _answers[alternative].Released = end;
            }

            released.Add(head);
        }

        return released;
    }

    private bool Screens(int alternative, int end, bool ended)
    {
        var screened = _answers[alternative].Screened;
        return ended ? end <= screened : end + windowChars <= screened;
    }

    /// <summary>Whether no text of <paramref name="alternative"/> is out yet and a screen now would release the first.</summary>
    private bool FirstReleaseWaits(int alternative)
    {
        var answer = _answers[alternative];
        if (answer.Released > 0)
        {
            return false;
        }

        var first = _held.SelectMany(held => held.Ends).FirstOrDefault(end => end.Alternative == alternative);
        return first.End > 0 && first.End + windowChars <= answer.Text.Length;
    }

    private Answer AnswerOf(int alternative)
    {
        if (alternative is < 0 or >= MaxAlternatives)
        {
            throw new FormatException($"An alternative's index must be from 0 to {MaxAlternatives - 1}, not {alternative}.");
        }

        while (_answers.Count <= alternative)
        {
            _answers.Add(new Answer());
        }

        return _answers[alternative];
    }

    /// <summary>One held event and, for each alternative it carries text of, where that text ends in the answer.</summary>
    internal sealed record HeldEvent(SseEvent Event, IReadOnlyList<StreamedText> Texts, IReadOnlyList<(int Alternative, int End)> Ends);

    private sealed class Answer
    {
        public StringBuilder Text { get; } = new();

        public int Screened { get; set; }

        public int Released { get; set; }
    }
}
