namespace ChatOps.Images;

/// <summary>Everything a Dockerfile is generated from; the same request always gives the same bytes.</summary>
/// <param name="Os">The base's package manager family; only needed (and only looked up) when packages are requested.</param>
/// <param name="Tag">The final tag (goes into ENV DOCKER_IMAGE).</param>
/// <param name="RequestedBy">"platform/user" of who asked; sanitised before it reaches the Dockerfile.</param>
/// <param name="ExtraLabels">Configured labels added to every image (ImagesOptions.Labels).</param>
public sealed record DockerfileRequest(
    ImageSpec Spec,
    BaseOs? Os,
    string Tag,
    string IndexUrl,
    DateTimeOffset Created,
    string RequestedBy,
    IReadOnlyDictionary<string, string> ExtraLabels);
