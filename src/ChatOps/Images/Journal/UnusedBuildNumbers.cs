using ChatOps.Engine;
using ChatOps.Storage;

namespace ChatOps.Images.Journal;

/// <summary>
/// Deals with the build number of a build that a stop of the bot interrupted: released when nothing carries its tag
/// and it is still the last number handed out for the repository, otherwise left unused, and said so either way (the
/// words go into the journal row and the log). A tag that exists but was never recorded is taken back, as a failed
/// create's would be; its number is then never handed out again, since the tag may have been pushed. With several
/// engines the interrupted build may have run on any of them: each answering engine holding the tag loses it.
/// </summary>
internal sealed class UnusedBuildNumbers(ImagesOnEngines everywhere, BuildNumberStore numbers)
{
    /// <returns>What became of the number, e.g. "build number 1.0.0.3 released".</returns>
    public async Task<string> ReclaimAsync(string repository, string tag, CancellationToken cancellationToken)
    {
        var reference = $"{repository}:{tag}";
        try
        {
            var held = await everywhere.InspectAsync(reference, cancellationToken);
            if (held.Count > 0)
            {
                foreach (var on in held) await on.Engine.Images.RemoveImageAsync(reference, cancellationToken);
                return $"build number {tag} left unused: {reference} was tagged but never recorded, the tag was removed";
            }
        }
        catch (EngineUnavailableException)
        {
            return $"build number {tag} left unused: no engine answered to say whether {reference} exists";
        }
        var number = long.Parse(tag[(tag.LastIndexOf('.') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return await numbers.ReleaseAsync(repository, number, cancellationToken)
            ? $"build number {tag} released"
            : $"build number {tag} left unused: later numbers of {repository} were handed out since";
    }
}
