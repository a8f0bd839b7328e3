namespace ChatOps.Engine;

/// <summary>
/// GET /images/json on every engine of Docker:Engines at once, merged by image id, so /docker_images can say where
/// each image is; and GET /images/{name}/json on every engine, for the questions "does this tag exist anywhere" that
/// tag allocation and "check before creating" ask, which an image built on another engine must not slip past. A
/// silent engine is left out (its images are counted when it answers again), unless all are.
/// </summary>
public sealed class ImagesOnEngines(EngineSet engines, EngineHealthBoard health)
{
    /// <summary>The engines that hold the reference, in configured order, each with its inspect; empty when none does.</summary>
    /// <exception cref="EngineUnavailableException">No engine answered (with one engine: that one did not).</exception>
    public async Task<IReadOnlyList<ImageOnEngine>> InspectAsync(string reference, CancellationToken cancellationToken)
    {
        if (engines.All.Count == 1)
            return await engines.Default.Images.InspectImageAsync(reference, cancellationToken) is { } image ? [new ImageOnEngine(engines.Default, image)] : [];
        var answers = await Task.WhenAll(engines.All.Select(engine => AskAsync(engine, e => e.Images.InspectImageAsync(reference, cancellationToken))));
        if (answers.All(answer => answer.Silent is not null)) throw answers[0].Silent!;
        return answers.Where(answer => answer.Value is not null).Select(answer => new ImageOnEngine(answer.Engine, answer.Value!)).ToList();
    }

    public async Task<IReadOnlyList<HeldImage>> ListAsync(CancellationToken cancellationToken)
    {
        var answers = await Task.WhenAll(engines.All.Select(engine => AskAsync(engine, e => e.Images.ListImagesAsync(cancellationToken))));
        if (answers.All(answer => answer.Silent is not null)) throw answers[0].Silent!;
        return answers
            .Where(answer => answer.Value is not null)
            .SelectMany(answer => answer.Value!.Select(image => (Engine: answer.Engine.Name, image)))
            .GroupBy(x => x.image.Id, StringComparer.Ordinal)
            .Select(group => new HeldImage(
                group.First().image with { RepoTags = group.SelectMany(x => x.image.RepoTags).Distinct(StringComparer.Ordinal).ToList() },
                group.SelectMany(x => x.image.RepoTags.Select(tag => (tag, x.Engine)))
                    .GroupBy(x => x.tag, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Engine).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal)))
            .ToList();
    }

    private async Task<(ConnectedEngine Engine, T? Value, EngineUnavailableException? Silent)> AskAsync<T>(ConnectedEngine engine, Func<ConnectedEngine, Task<T>> ask)
        where T : class
    {
        try
        {
            return (engine, await ask(engine), null);
        }
        catch (EngineUnavailableException exception)
        {
            health.Silent(engine.Name, exception.InnerException?.Message ?? exception.Message);
            return (engine, null, exception);
        }
    }
}
