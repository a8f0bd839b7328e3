namespace ChatOps.Engine;

/// <summary>
/// GET /images/json on every engine of Docker:Engines at once, merged by image id, so /docker_images can say where
/// each image is. A silent engine is left out (its images are listed when it answers again), unless all are.
/// </summary>
public sealed class ImagesOnEngines(EngineSet engines, EngineHealthBoard health)
{
    public async Task<IReadOnlyList<HeldImage>> ListAsync(CancellationToken cancellationToken)
    {
        var answers = await Task.WhenAll(engines.All.Select(engine => ListOnAsync(engine, cancellationToken)));
        if (answers.All(answer => answer.Silent is not null)) throw answers[0].Silent!;
        return answers
            .Where(answer => answer.Images is not null)
            .SelectMany(answer => answer.Images!.Select(image => (answer.Engine, image)))
            .GroupBy(x => x.image.Id, StringComparer.Ordinal)
            .Select(group => new HeldImage(
                group.First().image with { RepoTags = group.SelectMany(x => x.image.RepoTags).Distinct(StringComparer.Ordinal).ToList() },
                group.SelectMany(x => x.image.RepoTags.Select(tag => (tag, x.Engine)))
                    .GroupBy(x => x.tag, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Engine).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal)))
            .ToList();
    }

    private async Task<(string Engine, IReadOnlyList<EngineImage>? Images, EngineUnavailableException? Silent)> ListOnAsync(ConnectedEngine engine, CancellationToken cancellationToken)
    {
        try
        {
            return (engine.Name, await engine.Images.ListImagesAsync(cancellationToken), null);
        }
        catch (EngineUnavailableException exception)
        {
            health.Silent(engine.Name, exception.InnerException?.Message ?? exception.Message);
            return (engine.Name, null, exception);
        }
    }
}
