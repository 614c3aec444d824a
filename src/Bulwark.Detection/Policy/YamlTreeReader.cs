using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bulwark.Detection.Policy;

/// <summary>Builds a <see cref="YamlNode"/> tree from YamlDotNet's event parser, reporting what a policy file may not use.</summary>
internal static class YamlTreeReader
{
    /// <summary>
    /// Deepest nesting accepted. A real policy nests five levels; the cap keeps a hostile file of a million
    /// brackets from overflowing the stack (which no exception handler could catch).
    /// </summary>
    public const int MaxDepth = 32;

    /// <summary>The document's root node, or null with an error added when the text is not a single YAML document.</summary>
    public static YamlNode? Read(string text, List<PolicyError> errors)
    {
        if (FirstLineNestedTooDeeply(text) is { } deepLine)
        {
            errors.Add(new PolicyError("", deepLine, 0, $"The YAML nests deeper than {MaxDepth} levels."));
            return null;
        }

        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out var end))
            {
                errors.Add(new PolicyError("", Line(end), Column(end), "The policy file is empty."));
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, errors, depth: 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                errors.Add(new PolicyError("", Line(second), Column(second), "A policy file holds one YAML document; found a second."));
            }

            return root;
        }
        catch (YamlException exception)
        {
            errors.Add(new PolicyError("", (int)exception.Start.Line, (int)exception.Start.Column, "YAML syntax error: " + exception.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, not a YamlException, on some malformed flow collections (": [\na").
            errors.Add(new PolicyError("", 0, 0, "YAML syntax error: the text is not valid YAML."));
            return null;
        }
    }

    /// <summary>
    /// A linear pre-scan of flow brackets (outside quotes and comments), because YamlDotNet's scanner slows down
    /// sharply with deep <c>[</c>/<c>{</c> nesting (5,000 levels took 0.7 s, 500,000 did not finish in minutes)
    /// before the tree walk's own depth check is ever reached. Returns the line where the cap is passed, or null.
    /// </summary>
    private static int? FirstLineNestedTooDeeply(string text)
    {
        var depth = 0;
        var line = 1;
        var quote = '\0';
        var inComment = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                inComment = false;
                continue;
            }

            if (inComment)
            {
                continue;
            }

            if (quote != '\0')
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    inComment = true;
                    break;
                case '"' or '\'' when i == 0 || text[i - 1] is ' ' or '\t' or '\n' or ':' or '[' or '{' or ',' or '-':
                    // A quote opens a quoted scalar only where one can start; "isn't" in plain text is just a letter.
                    quote = c;
                    break;
                case '[' or '{':
                    if (++depth > MaxDepth)
                    {
                        return line;
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }

    private static YamlNode ReadNode(IParser parser, List<PolicyError> errors, int depth)
    {
        var current = parser.Current ?? throw new YamlException("Unexpected end of the YAML stream.");
        if (depth >= MaxDepth && current is SequenceStart or MappingStart)
        {
            errors.Add(new PolicyError("", Line(current), Column(current), $"The YAML nests deeper than {MaxDepth} levels."));
            SkipNode(parser);
            return new YamlScalar("", isPlain: true, Line(current), Column(current));
        }

        parser.MoveNext();
        switch (current)
        {
            case Scalar scalar:
                return new YamlScalar(scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, Line(scalar), Column(scalar));
            case SequenceStart start:
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, errors, depth + 1));
                }

                return new YamlSequence(items, Line(start), Column(start));
            case MappingStart start:
                var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = ReadNode(parser, errors, depth + 1);
                    var value = ReadNode(parser, errors, depth + 1);
                    if (key is YamlScalar scalarKey)
                    {
                        value.Key = scalarKey;
                        entries.Add(KeyValuePair.Create(scalarKey, value));
                    }
                    else
                    {
                        errors.Add(new PolicyError("", key.Line, key.Column, "Mapping keys must be plain names, not " + key.Describe() + "."));
                    }
                }

                return new YamlMapping(entries, Line(start), Column(start));
            case AnchorAlias alias:
                // Aliases make a reviewed policy harder to read and open the door to "billion laughs" expansion.
                errors.Add(new PolicyError("", Line(alias), Column(alias), $"YAML aliases (*{alias.Value}) are not allowed in a policy; write the value out."));
                return new YamlScalar("", isPlain: true, Line(alias), Column(alias));
            default:
                throw new YamlException(current.Start, current.End, $"Unexpected YAML {current.GetType().Name}.");
        }
    }

    /// <summary>Consumes the node at the parser's position without recursion.</summary>
    private static void SkipNode(IParser parser)
    {
        var open = 0;
        do
        {
            var current = parser.Current ?? throw new YamlException("Unexpected end of the YAML stream.");
            open += current.NestingIncrease;
            parser.MoveNext();
        }
        while (open > 0);
    }

    private static int Line(ParsingEvent parsingEvent) => (int)parsingEvent.Start.Line;

    private static int Column(ParsingEvent parsingEvent) => (int)parsingEvent.Start.Column;
}
