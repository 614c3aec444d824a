using System.Buffers;
using System.Collections.Frozen;
using Bulwark.Detection.Text.Normalisation;
using Bulwark.Detection.Text.Signals.Minors;
using Bulwark.Detection.Text.Tokens;

namespace Bulwark.Detection.Text.Signals;

/// <summary>
/// Finds evidence that a text refers to someone under 18: ages ("12-year-old", "doce años", "12歳", "ему 12 лет",
/// "my daughter is 12"), school grades and stages ("6th grade", "collège", "5. Klasse", "小学生"), life stages
/// ("preteen", "подросток") and child nouns ("child", "niño", "子供"), in English, Spanish, French, German,
/// Portuguese, Italian, Russian, Chinese and Japanese. Carries no other vocabulary: what the minor has to do with the
/// rest of the text is for the classifier to decide. Thread-safe; create one and share it.
/// </summary>
/// <remarks>
/// Matching runs once over the folded view of <see cref="TextNormaliser"/> (so "1 2 y o", "１２歳" and Cyrillic
/// look-alikes are caught) and over text decoded from base64 or hex runs. Ages of 18 and over produce nothing: an
/// adult age is not evidence either way, and scope ("who is the minor") is the classifier's job. See README.md in
/// this folder for every rule and the decisions behind the ambiguous words.
/// </remarks>
public sealed class MinorIndicatorDetector
{
    /// <summary>
    /// Confidence at or above which a finding on its own means "probably a minor". Ambiguous words ("kid" in some
    /// uses, "baby", "high school" alone, "mineur") are scored below it.
    /// </summary>
    public const double LikelyMinor = 0.5;

    /// <summary>
    /// Evidence longer than this is never compared for overlap when findings are merged: patterns are a few short
    /// tokens, so only a pathological mapping (a huge invisible run inside a match) could exceed it, and then both
    /// findings are kept.
    /// </summary>
    private const int MaxEvidenceChars = 256;

    /// <summary>The most characters between two tokens of one pattern ("12 - year - old").</summary>
    private const int MaxGap = 3;

    private static readonly SearchValues<char> SoftGapChars = SearchValues.Create(" -/.'_\u00B7\u2010\u2011\u2013");

    /// <summary>
    /// Separators that keep two words in one phrase for context checks: the pattern separators without '.', which
    /// inside a pattern joins "y.o." and "5. Klasse" but between a match and its context ends a sentence ("she is 12. I").
    /// </summary>
    private static readonly SearchValues<char> PhraseGapChars = SearchValues.Create(" -/'_\u00B7\u2010\u2011\u2013");

    private readonly TextNormaliser _normaliser;
    private readonly MinorLexicon _lexicon = MinorLexicon.Shared;

    /// <summary>Creates a detector that normalises with <paramref name="normaliser"/> (a default one when null).</summary>
    public MinorIndicatorDetector(TextNormaliser? normaliser = null)
    {
        _normaliser = normaliser ?? new TextNormaliser();
    }

    /// <summary>Normalises <paramref name="text"/> and returns its minor indicators, in order of position.</summary>
    public IReadOnlyList<MinorIndicator> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(_normaliser.Normalise(text));
    }

    /// <summary>
    /// Returns the minor indicators of an already normalised text, in order of position. Evidence found in decoded
    /// base64 or hex points at the encoded run.
    /// </summary>
    public IReadOnlyList<MinorIndicator> Detect(NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = new List<MinorIndicator>();
        Scan(text, null, findings);
        return Resolve(findings);
    }

    /// <summary>True when any finding in <paramref name="text"/> reaches <see cref="LikelyMinor"/>.</summary>
    public bool RefersToMinor(string text) => Detect(text).Any(finding => finding.Confidence >= LikelyMinor);

    private void Scan(NormalisedText text, TextSpan? segmentSpan, List<MinorIndicator> findings)
    {
        // The folded view catches leetspeak and spaced-out units, but its leetspeak also turns digits after a letter
        // into letters ("儿12岁" folds to "儿i2岁", "a 1 2 y o" to "ai2yo"), so the canonical view is scanned too when
        // the two differ. The canonical view keeps look-alike digits inside words ("назад" is "ha3aд" there), so its
        // context words are unreliable: a canonical match counts only where the folded view did not match the same
        // rule at all, vetoed or not.
        if (ReferenceEquals(text.Folded, text.Canonical))
        {
            ScanView(text, new MatchContext(text, TextView.Folded, segmentSpan, findings, null, null));
        }
        else
        {
            var claims = new List<(TextSpan Span, MinorRuleSpec Rule)>();
            ScanView(text, new MatchContext(text, TextView.Folded, segmentSpan, findings, claims, null));
            ScanView(text, new MatchContext(text, TextView.Canonical, segmentSpan, findings, null, claims));
        }

        foreach (var segment in text.DecodedSegments)
        {
            Scan(segment.Text, segmentSpan ?? segment.OriginalSpan, findings);
        }
    }

    private void ScanView(NormalisedText text, MatchContext context)
    {
        var tokens = text.Tokens(context.View);
        var scan = new TokenScan(tokens, _lexicon);
        // The canonical pass exists for digits the folded view turned into letters ("儿12岁", "小学3年生"); letter
        // words are matched better in the folded view, so the canonical pass skips them and costs little.
        var skipWords = context.Claimed is not null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens.Tokens[i];
            if (skipWords && token.Kind == TokenKind.Word)
            {
                continue;
            }

            var entry = token.Kind == TokenKind.Digits ? WordEntry.Empty : _lexicon.Lookup(tokens, i);
            if ((token.Kind == TokenKind.Digits || entry.Cardinal >= 0) && scan.TryCardinal(i, out var value, out var next))
            {
                // The number is read once; only rules whose next word is the word after it are tried.
                if (next < tokens.Count && scan.Linked(next - 1))
                {
                    TryRules(_lexicon.CardinalRulesBefore(scan.Text(next)), ref scan, i, next, value, context);
                }

                TryRules(_lexicon.CardinalRulesBeforeAny, ref scan, i, next, value, context);
            }

            if (entry.Ordinal >= 0)
            {
                TryRules(_lexicon.OrdinalRules, ref scan, i, i, -1, context);
            }

            if (entry.Rules.Length > 0)
            {
                TryRules(entry.Rules, ref scan, i, i, -1, context);
            }
        }
    }

    /// <summary>
    /// Tries <paramref name="rules"/> at token <paramref name="first"/>. When <paramref name="position"/> is past
    /// <paramref name="first"/>, the rules' leading number slot has already been read as <paramref name="slot"/> and
    /// matching resumes at their second step.
    /// </summary>
    private static void TryRules(MinorRule[] rules, ref TokenScan scan, int first, int position, int slot, MatchContext context)
    {
        foreach (var rule in rules)
        {
            var ruleSlot = slot;
            if (!scan.TryMatch(rule, first, position, ref ruleSlot, out var last))
            {
                continue;
            }

            var start = scan.Tokens[first].Start;
            var span = context.Text.MapToOriginal(context.View, start, scan.Tokens[last].End - start);
            context.Claims?.Add((span, rule.Spec));
            if (context.Claimed is { } claimed && IsClaimed(claimed, rule.Spec, span))
            {
                continue;
            }

            if (scan.TryScore(rule, first, last, out var confidence))
            {
                var spec = rule.Spec;
                var (min, max) = spec.Band;
                if (rule.HasSlot)
                {
                    if (ruleSlot < spec.SlotRange.Min || ruleSlot > spec.SlotRange.Max || (spec.Kind == MinorIndicatorKind.Age && ruleSlot < 1 && spec.SlotBand.Scale != 0))
                    {
                        continue;
                    }

                    var (scale, low, high) = spec.SlotBand;
                    (min, max) = (scale * ruleSlot + low, scale * ruleSlot + high);
                }

                if (min >= 18)
                {
                    continue;
                }

                context.Findings.Add(new MinorIndicator(spec.Kind, min, max, confidence, spec.Language, context.SegmentSpan ?? span, spec.Id));
            }
        }
    }

    /// <summary>
    /// Orders findings by position and, where findings of the same kind overlap ("青少年" and "少年", "12 Jahre alt" and
    /// "12 Jahre"), keeps the most confident (the longer on a tie).
    /// </summary>
    private static List<MinorIndicator> Resolve(List<MinorIndicator> findings) =>
        OverlapMerge.KeepMostConfident(findings, MaxEvidenceChars, static f => (int)f.Kind, static f => f.Evidence, static f => f.Confidence);

    /// <summary>
    /// Whether the folded pass matched <paramref name="rule"/> over <paramref name="span"/>. Claims are in order of
    /// start (the pass walks tokens left to right), so only those starting before the span's end and at most
    /// <see cref="MaxEvidenceChars"/> before its start are looked at.
    /// </summary>
    private static bool IsClaimed(List<(TextSpan Span, MinorRuleSpec Rule)> claims, MinorRuleSpec rule, TextSpan span)
    {
        var high = claims.Count;
        var low = 0;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = claims[middle].Span.Start < span.End ? (middle + 1, high) : (low, middle);
        }

        for (var k = low - 1; k >= 0 && claims[k].Span.Start + MaxEvidenceChars > span.Start; k--)
        {
            if (ReferenceEquals(claims[k].Rule, rule) && claims[k].Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }


    /// <summary>
    /// One pass over one view: where its spans map back, where findings go, and the claims (every pattern match,
    /// vetoed or not) that the folded pass records and the canonical pass must not repeat.
    /// </summary>
    private readonly record struct MatchContext(
        NormalisedText Text,
        TextView View,
        TextSpan? SegmentSpan,
        List<MinorIndicator> Findings,
        List<(TextSpan Span, MinorRuleSpec Rule)>? Claims,
        List<(TextSpan Span, MinorRuleSpec Rule)>? Claimed);

    /// <summary>The tokens of one view and the matching of rules against them; a ref struct so a scan allocates nothing.</summary>
    private readonly ref struct TokenScan(TokenList tokens, MinorLexicon lexicon)
    {
        private readonly string _view = tokens.View;
        private readonly TokenList _tokens = tokens;
        private readonly MinorLexicon _lexicon = lexicon;

        public ReadOnlySpan<Token> Tokens { get; } = tokens.Tokens;

        public ReadOnlySpan<char> Text(int index) => _view.AsSpan(Tokens[index].Start, Tokens[index].Length);

        /// <summary>True when tokens <paramref name="left"/> and left+1 are close and separated only by spaces or light punctuation.</summary>
        public bool Linked(int left) => Linked(left, SoftGapChars);

        /// <summary>Like <see cref="Linked(int)"/>, but a full stop ends the phrase: for the words around a match.</summary>
        private bool InPhrase(int left) => Linked(left, PhraseGapChars);

        private bool Linked(int left, SearchValues<char> separators)
        {
            if (left < 0 || left + 1 >= Tokens.Length)
            {
                return false;
            }

            var gap = _view.AsSpan(Tokens[left].End, Tokens[left + 1].Start - Tokens[left].End);
            return gap.Length <= MaxGap && !gap.ContainsAnyExcept(separators);
        }

        /// <summary>
        /// Matches <paramref name="rule"/> from token <paramref name="first"/>; when <paramref name="position"/> is past
        /// it, the first step (a number) is already matched up to there.
        /// </summary>
        public bool TryMatch(MinorRule rule, int first, int position, ref int slot, out int last)
        {
            last = -1;
            var steps = rule.Steps;
            for (var s = position > first ? 1 : 0; s < steps.Length; s++)
            {
                if (s > 0 && !Linked(position - 1))
                {
                    return false;
                }

                if (position >= Tokens.Length)
                {
                    return false;
                }

                var step = steps[s];
                switch (step.Kind)
                {
                    case StepKind.Cardinal:
                        if (!TryCardinal(position, out slot, out var next))
                        {
                            return false;
                        }

                        position = next;
                        break;
                    case StepKind.Ordinal:
                        slot = Tokens[position].Kind == TokenKind.Digits ? -1 : _lexicon.Lookup(_tokens, position).Ordinal;
                        if (slot < 0)
                        {
                            return false;
                        }

                        position++;
                        break;
                    default:
                        if (!step.MatchesWord(Text(position)))
                        {
                            return false;
                        }

                        position++;
                        break;
                }
            }

            last = position - 1;
            return true;
        }

        /// <summary>Applies the rule's context conditions and returns its confidence, or false when the context vetoes it.</summary>
        public bool TryScore(MinorRule rule, int first, int last, out double confidence)
        {
            var spec = rule.Spec;
            confidence = spec.Confidence;
            var hasPrev = InPhrase(first - 1);
            var hasPrev2 = hasPrev && InPhrase(first - 2);
            var hasNext = InPhrase(last);
            var hasNext2 = hasNext && InPhrase(last + 1);

            if (rule.PrevRequired is { } required && !(hasPrev && ContainsAt(required, first - 1, 1)))
            {
                return false;
            }

            if (rule.PrevVeto is { } prevVeto
                && ((hasPrev && ContainsAt(prevVeto, first - 1, 1)) || (hasPrev2 && ContainsAt(prevVeto, first - 2, 2))))
            {
                return false;
            }

            if (rule.NextVeto is { } nextVeto && hasNext
                && (ContainsAt(nextVeto, last + 1, 1) || (hasNext2 && ContainsAt(nextVeto, last + 1, 2)))
                && !(hasNext2 && _lexicon.AgeWords.Contains(Text(last + 2))))
            {
                return false;
            }

            if (spec.PersonWindow > 0 && !PersonBefore(first, spec.PersonWindow))
            {
                return false;
            }

            if (spec.BareEnd && hasNext && !_lexicon.BareFollowers.Contains(Text(last + 1)))
            {
                return false;
            }

            if (rule.PrevStrong is { } strong
                && ((hasPrev && ContainsAt(strong, first - 1, 1)) || (hasPrev2 && ContainsAt(strong, first - 2, 2))))
            {
                confidence = spec.StrongConfidence;
            }
            else if (rule.PrevWeak is { } weak && hasPrev && ContainsAt(weak, first - 1, 1))
            {
                confidence = first >= 2 && _lexicon.Lookup(_tokens, first - 2).IsPerson ? spec.StrongConfidence : spec.WeakConfidence;
            }

            return confidence > 0;
        }

        private bool PersonBefore(int first, int window)
        {
            for (var k = first - 1; k >= 0 && k >= first - window; k--)
            {
                if (_lexicon.Lookup(_tokens, k).IsPerson)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the <paramref name="words"/> tokens from <paramref name="start"/>, joined by one space, are in the set.</summary>
        private bool ContainsAt(FrozenSet<string> set, int start, int words)
        {
            if (start < 0 || start + words > Tokens.Length)
            {
                return false;
            }

            if (words == 1)
            {
                return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Text(start));
            }

            Span<char> buffer = stackalloc char[64];
            var first = Text(start);
            var second = Text(start + 1);
            if (first.Length + second.Length + 1 > buffer.Length)
            {
                return false;
            }

            first.CopyTo(buffer);
            buffer[first.Length] = ' ';
            second.CopyTo(buffer[(first.Length + 1)..]);
            return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer[..(first.Length + second.Length + 1)]);
        }

        /// <summary>
        /// Reads a cardinal number at <paramref name="index"/>: up to three digits that are not part of a decimal, time
        /// or larger figure; a number word, with tens joined to a following unit ("twenty-one", "treinta y uno",
        /// "dix-sept"); or a run of CJK numerals (十二, 二十). A unit after a tens word is not read alone, so
        /// "twenty-one years old" is 21, never 1.
        /// </summary>
        public bool TryCardinal(int index, out int value, out int next)
        {
            value = -1;
            next = index + 1;
            var token = Tokens[index];
            switch (token.Kind)
            {
                case TokenKind.Digits:
                    return TryDigits(index, out value, out next);
                case TokenKind.Cjk:
                    return TryCjkNumber(index, out value, out next);
                default:
                    value = _lexicon.Lookup(_tokens, index).Cardinal;
                    if (value < 0 || EndsTensBefore(index))
                    {
                        return false;
                    }

                    var isTens = value >= 20 || (value == 10 && Linked(index) && _view[Tokens[index].End] == '-');
                    if (isTens && Linked(index))
                    {
                        var unitIndex = index + 1;
                        if (_lexicon.Lookup(_tokens, unitIndex).IsConnector && Linked(unitIndex))
                        {
                            unitIndex++;
                        }

                        var unit = Tokens[unitIndex].Kind == TokenKind.Word ? _lexicon.Lookup(_tokens, unitIndex).Cardinal : -1;
                        if (unit is >= 1 and <= 9)
                        {
                            value += unit;
                            next = unitIndex + 1;
                        }
                    }

                    return true;
            }
        }

        /// <summary>
        /// Up to three digits that are not part of a decimal, time or larger figure and not glued to a word before
        /// them ("mp3", "abc12"). Single digits separated by single spaces are one number ("1 2 y o" is 12), and a
        /// digit inside such a run is not read on its own.
        /// </summary>
        private bool TryDigits(int index, out int value, out int next)
        {
            value = -1;
            next = index + 1;
            var token = Tokens[index];
            if (token.Length > 3 || PartOfFigure(token)
                || (index > 0 && Tokens[index - 1].End == token.Start && Tokens[index - 1].Kind == TokenKind.Word)
                || (token.Length == 1 && SpacedDigitBefore(index)))
            {
                return false;
            }

            value = int.Parse(Text(index), System.Globalization.CultureInfo.InvariantCulture);
            if (token.Length == 1)
            {
                while (next < Tokens.Length && next - index < 3 && Tokens[next].Kind == TokenKind.Digits && Tokens[next].Length == 1
                       && Tokens[next].Start == Tokens[next - 1].End + 1 && _view[Tokens[next - 1].End] == ' ')
                {
                    value = value * 10 + (_view[Tokens[next].Start] - '0');
                    next++;
                }
            }

            return true;
        }

        private bool SpacedDigitBefore(int index) =>
            index > 0 && Tokens[index - 1].Kind == TokenKind.Digits && Tokens[index - 1].Length == 1
            && Tokens[index].Start == Tokens[index - 1].End + 1 && _view[Tokens[index - 1].End] == ' ';

        /// <summary>Whether a number word is preceded by a tens word (directly or through a connector).</summary>
        private bool EndsTensBefore(int index)
        {
            if (!Linked(index - 1))
            {
                return false;
            }

            var previous = _lexicon.Lookup(_tokens, index - 1);
            if (previous.IsConnector && Linked(index - 2))
            {
                previous = _lexicon.Lookup(_tokens, index - 2);
            }

            return previous.Cardinal >= 20 || (previous.Cardinal == 10 && _view[Tokens[index - 1].End] == '-');
        }

        /// <summary>"13.2", "12,5", "10:30", "1/12", "2-12" with digits on the other side: not an age.</summary>
        private bool PartOfFigure(Token token)
        {
            var before = token.Start;
            if (before >= 2 && _view[before - 1] is '.' or ',' or ':' or '/' && char.IsAsciiDigit(_view[before - 2]))
            {
                return true;
            }

            var after = token.End;
            return after + 1 < _view.Length && _view[after] is '.' or ',' or ':' or '/' && char.IsAsciiDigit(_view[after + 1]);
        }

        private bool TryCjkNumber(int index, out int value, out int next)
        {
            value = -1;
            next = index;
            if (index > 0 && Tokens[index - 1].Kind == TokenKind.Cjk && Tokens[index - 1].End == Tokens[index].Start)
            {
                var previous = _lexicon.Lookup(_tokens, index - 1);
                if (previous.Cardinal >= 0 || previous.BreaksCjkNumber)
                {
                    return false;
                }
            }

            Span<int> digits = stackalloc int[4];
            var count = 0;
            while (next < Tokens.Length && count < digits.Length && Tokens[next].Kind == TokenKind.Cjk
                   && (count == 0 || Tokens[next].Start == Tokens[next - 1].End))
            {
                var digit = _lexicon.Lookup(_tokens, next).Cardinal;
                if (digit < 0)
                {
                    break;
                }

                digits[count++] = digit;
                next++;
            }

            value = count switch
            {
                1 => digits[0],
                2 when digits[0] == 10 && digits[1] < 10 => 10 + digits[1],
                2 when digits[1] == 10 && digits[0] < 10 => digits[0] * 10,
                3 when digits[1] == 10 && digits[0] < 10 && digits[2] < 10 => digits[0] * 10 + digits[2],
                _ => -1,
            };
            return value >= 0;
        }
    }
}
