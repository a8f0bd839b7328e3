namespace ChatOps.Engine;

/// <summary>One image build: a tar of the context (Dockerfile at its root), the tag to give it, and the network mode of RUN steps.</summary>
public sealed record EngineBuildRequest(Stream Context, string Tag, string NetworkMode = "host", bool NoCache = false);
