using ChatOps.App;
using ChatOps.Tests.Cli.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatOps.Tests.Cli;

/// <summary>
/// `chatops exec` against the real engine, with the repository's appsettings.json: the Done-when lines of the
/// spine issue. Output is captured by swapping Console.Out, so these tests do not run in parallel with others
/// of this collection.
/// </summary>
[Collection(ConsoleOutputCollection.Name)]
public sealed class ExecCommandTests : IDisposable
{
    private readonly string _storage = Path.Combine(Path.GetTempPath(), "chatops-exec-" + Guid.NewGuid().ToString("N"));
    private readonly IHost _host;

    public ExecCommandTests()
    {
        Environment.SetEnvironmentVariable("Storage__Folder", _storage);
        _host = HostFactory.Build(ChatOpsHome.Locate());
        Environment.SetEnvironmentVariable("Storage__Folder", null);
    }

    public void Dispose()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_storage)) Directory.Delete(_storage, recursive: true);
    }

    private Task<(int Status, string Output)> ExecAsync(params string[] args) =>
        CapturedExec.RunAsync(_host.Services.GetRequiredService<IWarRoom>(), args);

    [Fact]
    public async Task Listing_images_shows_the_seeded_default_base_image_and_exits_0()
    {
        var (status, output) = await ExecAsync("/docker_images");

        Assert.Equal(0, status);
        Assert.Matches(@"demisto/python3-deb\s+3\.11\.2\.1\s+[0-9a-f]{12}\s", output);
        Assert.Contains("REPOSITORY", output);
    }

    [Fact]
    public async Task An_upper_case_image_name_exits_1_with_an_error_on_stderr_that_says_names_are_lower_case()
    {
        var (status, output, errors) = await CapturedExec.RunWithErrorsAsync(_host.Services.GetRequiredService<IWarRoom>(), "/docker_image_create name=Bad");

        Assert.Equal(1, status);
        Assert.Contains("lower case", errors);
        Assert.StartsWith("error: ", errors);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task Json_output_lists_the_engine_images_as_one_version_1_result_with_raw_values()
    {
        var (status, output) = await ExecAsync("--json", "/docker_images");

        Assert.Equal(0, status);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = System.Text.Json.JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal((1, "result", "table"), (root.GetProperty("version").GetInt32(), root.GetProperty("kind").GetString(), root.GetProperty("type").GetString()));
        Assert.Equal(["repository", "tag", "id", "created", "size", "python", "due_diligence"], root.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var seeded = root.GetProperty("rows").EnumerateArray()
            .Single(row => row.GetProperty("repository").GetString() == "demisto/python3-deb" && row.GetProperty("tag").GetString() == "3.11.2.1");
        Assert.True(seeded.GetProperty("size").GetInt64() > 1_000_000);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", seeded.GetProperty("created").GetString());
        // The bot did not build the seeded base: nothing recorded is null, not "-".
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seeded.GetProperty("python").ValueKind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/docker_images|extra")]
    [InlineData("--verbose")]
    public async Task A_wrong_call_of_exec_itself_exits_2(string joinedArgs)
    {
        var (status, _) = await ExecAsync(joinedArgs.Split('|', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, status);
    }
}
