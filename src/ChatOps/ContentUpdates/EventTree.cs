using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ChatOps.ContentUpdates;

/// <summary>Reads YAML text into one <see cref="EventNode"/> per document, straight from YamlDotNet's parser events.</summary>
internal static class EventTree
{
    /// <exception cref="YamlException">The text is not valid YAML.</exception>
    public static IReadOnlyList<EventNode> ReadDocuments(string text)
    {
        try
        {
            return Read(text);
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet's scanner throws this for some malformed input (an unclosed flow sequence): still not valid YAML.
            throw new YamlException(Mark.Empty, Mark.Empty, exception.Message, exception);
        }
    }

    private static List<EventNode> Read(string text)
    {
        var parser = new Parser(new StringReader(text));
        var documents = new List<EventNode>();
        parser.Consume<StreamStart>();
        while (parser.TryConsume<DocumentStart>(out _))
        {
            documents.Add(ReadNode(parser));
            parser.Consume<DocumentEnd>();
        }
        parser.Consume<StreamEnd>();
        return documents;
    }

    private static EventNode ReadNode(IParser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar)) return new EventScalar(scalar);
        if (parser.TryConsume<AnchorAlias>(out var alias)) return new EventAlias(alias.Start, alias.Value.Value);
        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<EventNode>();
            while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser));
            return new EventSequence(sequenceStart.Start, items);
        }
        var mappingStart = parser.Consume<MappingStart>();
        var entries = new List<KeyValuePair<EventNode, EventNode>>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(parser);
            entries.Add(new(key, ReadNode(parser)));
        }
        return new EventMapping(mappingStart.Start, entries);
    }
}
