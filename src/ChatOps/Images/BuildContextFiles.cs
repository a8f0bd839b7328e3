namespace ChatOps.Images;

/// <summary>The generated build context: the Dockerfile and the requirements.txt pip installs from (empty when none).</summary>
public sealed record BuildContextFiles(string Dockerfile, string Requirements);
