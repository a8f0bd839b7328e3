namespace ChatOps.Bots.Tests.Discord.Support;

/// <summary>One file part of a multipart call: its part name (files[n]), its filename, its type and its bytes as they arrived.</summary>
internal sealed record RecordedFile(string Name, string FileName, string ContentType, byte[] Bytes);
