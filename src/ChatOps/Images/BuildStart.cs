namespace ChatOps.Images;

/// <summary>What a build is about to make, known before the engine starts: its final tag and the generated Dockerfile.</summary>
public sealed record BuildStart(string Tag, string Dockerfile);
