using Spectre.Console.Rendering;

namespace ChatOps.Bots.Console.Rendering;

/// <summary>
/// A renderable that first erases the screen from the cursor down. While a live progress display is shown,
/// Spectre writes other output over the display's rows without erasing them, so a reply narrower than those
/// rows would leave pieces of them behind; erasing first leaves only the reply.
/// </summary>
internal sealed class ErasedBelow(IRenderable inner) : IRenderable
{
    private const string EraseBelow = "\u001b[J";

    public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
        inner.Render(options, maxWidth).Prepend(Segment.Control(EraseBelow));
}
