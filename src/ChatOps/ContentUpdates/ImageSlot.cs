namespace ChatOps.ContentUpdates;

/// <summary>
/// One place in a YAML file that names a docker image: its key path ("script.dockerimage",
/// "alt_dockerimages[1]"), the value, and where the value sits in the text ([Start, End), quotes included).
/// </summary>
/// <param name="Key">Where in the item: dockerimage, script.dockerimage, alt_dockerimages[0], ...</param>
/// <param name="Value">The value as YAML reads it.</param>
/// <param name="Start">Character index of the first character of the value as written (an opening quote included).</param>
/// <param name="End">Character index just after the value as written (a closing quote included).</param>
/// <param name="Quote">"" for a plain scalar, "'" or "\"" for quoted ones: kept when the value is rewritten.</param>
/// <param name="Image">The image named, or null when the value is no image name.</param>
/// <param name="Problem">Why this value cannot be edited safely, or null when it can.</param>
internal sealed record ImageSlot(string Key, string Value, int Start, int End, string Quote, DockerImageName? Image, string? Problem);
