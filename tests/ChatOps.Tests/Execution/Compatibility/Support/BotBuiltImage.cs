using ChatOps.Parsers;
using ChatOps.Replies;
using ChatOps.Tests.Execution.Support;
using ChatOps.Tests.Images.Support;

namespace ChatOps.Tests.Execution.Compatibility.Support;

/// <summary>
/// An image made the way a user makes one: a /docker_image_create line, parsed by the bot's parser and handled by
/// its create handler with the real package vetting (the OS packages are looked up in the base's own index, the
/// installed Python distributions' licences checked). It lives in a test bed of its own, whose disposal removes the
/// image and its store; until then its reference is what Executor:ImageMap points content at.
/// </summary>
internal sealed class BotBuiltImage : IAsyncDisposable
{
    private readonly ImagesTestBed _bed;

    private BotBuiltImage(ImagesTestBed bed, string reference, IReadOnlyList<Reply> replies)
    {
        _bed = bed;
        Reference = reference;
        Replies = replies;
    }

    public string Reference { get; }

    /// <summary>What the create answered, progress and vetting table included.</summary>
    public IReadOnlyList<Reply> Replies { get; }

    /// <param name="arguments">The create's arguments after name=, as a user types them.</param>
    public static async Task<BotBuiltImage> CreateAsync(string hint, string arguments)
    {
        var bed = ImagesTestBed.Create(realVetting: true);
        try
        {
            var line = $"/docker_image_create name={bed.NewName(hint)} {arguments}";
            if (!CommandParser.TryParse(line, out var command, out var error)) throw new InvalidOperationException($"{line}: {error}");
            var replies = await bed.RunAsync(command);
            // The create ends with the image card, whose title is the new image's reference; anything else says why not.
            if (replies[^1] is not CardReply card)
                throw new InvalidOperationException($"{line} made no image:\n{Texts.All(replies.Where(r => r is not ProgressReply))}");
            return new BotBuiltImage(bed, card.Title, replies);
        }
        catch
        {
            await bed.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _bed.DisposeAsync();
}
