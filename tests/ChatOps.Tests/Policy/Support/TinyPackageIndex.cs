using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Tests.Policy.Support;

/// <summary>
/// A PEP 503 "simple" index on 127.0.0.1: GET /simple/&lt;name&gt;/ answers an HTML page with one link per file
/// for the projects it holds, 404 for the others. Records every path asked for.
/// </summary>
internal sealed class TinyPackageIndex : IAsyncDisposable
{
    private readonly LoopbackServer _server;

    private TinyPackageIndex(LoopbackServer server) => _server = server;

    public ConcurrentQueue<string> Requested { get; } = new();

    public string IndexUrl => new Uri(_server.Address, "/simple").ToString();

    /// <param name="projects">Normalised project name -> file names; a project with no files gets a page without links.</param>
    public static async Task<TinyPackageIndex> StartAsync(IReadOnlyDictionary<string, string[]> projects, HttpStatusCode? failWith = null)
    {
        TinyPackageIndex? index = null;
        var server = await LoopbackServer.StartAsync(async context =>
        {
            var path = context.Request.Path.Value ?? "";
            index!.Requested.Enqueue(path);
            if (failWith is { } status)
            {
                context.Response.StatusCode = (int)status;
                return;
            }
            var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || parts[0] != "simple" || !path.EndsWith('/') || !projects.TryGetValue(parts[1], out var files))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            context.Response.ContentType = "text/html";
            var links = string.Concat(files.Select(f => $"<a href=\"../../files/{f}#sha256=00\">{f}</a><br/>\n"));
            await context.Response.WriteAsync($"<!DOCTYPE html><html><body><h1>Links for {parts[1]}</h1>\n{links}</body></html>");
        });
        index = new TinyPackageIndex(server);
        return index;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
