using ChatOps.Integrations;
using ChatOps.Tests.Integrations.Support;

namespace ChatOps.Tests.Integrations;

/// <summary>A secrets file is used only when the bot's user alone can reach it, and its mistakes are told without its values.</summary>
public sealed class SecretsFileTests : IDisposable
{
    private readonly InstanceSetup _setup = new();

    private IntegrationInstance WithFile(string json, string name = "secrets.json")
    {
        _setup.WriteSecrets(name, json);
        _setup.Add("hw").SecretsFile = name;
        return _setup.One();
    }

    private string PathOf(string name = "secrets.json") => Path.Combine(_setup.Folder, name);

    [Fact]
    public void Secret_params_and_credentials_come_from_the_file_under_the_instance_name()
    {
        var instance = WithFile("""
            // comments are allowed, so a file can say what each secret is for
            {"HW": {"apikey": "key-from-file", "credentials": {"identifier": "svc", "password": "pass-from-file"}}}
            """);

        Assert.True(instance.IsUsable);
        var parameters = instance.CreateParams();
        Assert.Equal("key-from-file", parameters["apikey"]!.GetValue<string>());
        Assert.Equal("pass-from-file", parameters["credentials"]!["password"]!.GetValue<string>());
        Assert.Equal(["key-from-file", "pass-from-file", "svc:pass-from-file"], instance.SecretValues);
    }

    [Fact]
    public void An_environment_variable_comes_before_the_file()
    {
        _setup.Environment["CHATOPS_SECRET__HW__APIKEY"] = "key-from-environment";

        var instance = WithFile("""{"hw": {"apikey": "key-from-file"}}""");

        Assert.Equal("key-from-environment", instance.CreateParams()["apikey"]!.GetValue<string>());
    }

    [Fact]
    public void A_file_that_does_not_exist_is_named()
    {
        _setup.AddWorking("hw").SecretsFile = "missing.json";

        Assert.Equal([$"secrets file {PathOf("missing.json")} does not exist"], _setup.One().Problems);
    }

    [Fact]
    public void A_file_group_or_others_can_read_is_refused_with_the_chmod_to_run_and_is_not_read()
    {
        _setup.Files.Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

        var instance = WithFile("""{"hw": {"apikey": "key-from-file"}}""");

        Assert.Equal($"secrets file {PathOf()} has mode 0644: group and others must have no access to it; run chmod 600 {PathOf()}", instance.Problems[0]);
        Assert.Null(instance.CreateParams()["apikey"]);
        Assert.Empty(instance.SecretValues);
    }

    [Fact]
    public void A_file_of_another_user_is_refused()
    {
        _setup.Files.OwnerUid = 0;

        var instance = WithFile("""{"hw": {"apikey": "key-from-file"}}""");

        Assert.Equal($"secrets file {PathOf()} belongs to uid 0, not to the bot's user (uid 1000): chown it to that user, or use environment variables", instance.Problems[0]);
    }

    [Fact]
    public void A_file_whose_owner_cannot_be_checked_is_not_used()
    {
        _setup.Files.Failure = new PlatformNotSupportedException("the owner of a file is checked on Linux only; keep secrets in environment variables here");

        var instance = WithFile("""{"hw": {"apikey": "key-from-file"}}""");

        Assert.Equal(
            $"secrets file {PathOf()} cannot be checked, so it is not used: the owner of a file is checked on Linux only; keep secrets in environment variables here",
            instance.Problems[0]);
    }

    [Fact]
    public void Broken_json_is_located_by_line_and_byte_without_quoting_the_text()
    {
        var instance = WithFile("{\"hw\": {\n  \"apikey\": \"sup3r-secret\" \"x\"}}");

        Assert.Equal($"secrets file {PathOf()} is not valid JSON (line 2, byte 28)", instance.Problems[0]);
        Assert.DoesNotContain("sup3r", instance.NotUsableReason);
    }

    [Fact]
    public void A_name_given_twice_in_one_object_is_refused()
    {
        var instance = WithFile("""{"hw": {"apikey": "first-key", "apikey": "second-key"}}""");

        Assert.Equal($"secrets file {PathOf()} is not valid JSON: a name is given twice in one object", instance.Problems[0]);
    }

    [Theory]
    [InlineData("""[]""", " must be a JSON object of instance names: {\"instance\": {\"param\": \"value\"}}")]
    [InlineData("""{"hw": "key"}""", ": \"hw\" must be an object of params: {\"param\": \"value\"}")]
    [InlineData("""{"hw": {}, "HW": {}}""", " lists instance \"HW\" twice (names are compared ignoring case)")]
    public void A_file_of_the_wrong_shape_says_what_shape_it_needs(string json, string problem)
    {
        Assert.Equal($"secrets file {PathOf()}{problem}", WithFile(json).Problems[0]);
    }

    [Theory]
    [InlineData("""{"hw": {"apikey": 42}}""", "\"hw\".\"apikey\" must be a string")]
    [InlineData("""{"hw": {"apikey": "k-e-y", "credentials": "pass"}}""", "\"hw\".\"credentials\" must be an object: {\"identifier\": \"user\", \"password\": \"...\"}")]
    [InlineData("""{"hw": {"apikey": "k-e-y", "APIKEY": "x"}}""", "\"hw\".\"APIKEY\" is not a param of HelloWorld; did you mean apikey?")]
    public void A_param_of_the_wrong_shape_or_name_is_named_without_its_value(string json, string problem)
    {
        Assert.Equal([$"secrets file {PathOf()}: {problem}"], WithFile(json).Problems);
    }

    [Fact]
    public void A_file_shared_by_two_instances_is_checked_once()
    {
        _setup.WriteSecrets("shared.json", """{"one": {"apikey": "first-key"}, "two": {"apikey": "second-key"}}""");
        _setup.Add("one").SecretsFile = "shared.json";
        _setup.Add("two").SecretsFile = PathOf("shared.json");

        var catalog = _setup.Catalog();

        Assert.All(catalog.Instances, i => Assert.True(i.IsUsable));
        Assert.Equal("second-key", catalog.Find("two")!.CreateParams()["apikey"]!.GetValue<string>());
        Assert.Single(_setup.Files.Read);
    }

    [Fact]
    public void On_linux_the_real_check_reads_the_owner_and_mode_of_a_file_and_refuses_one_others_can_read()
    {
        if (!OperatingSystem.IsLinux()) return;
        var path = _setup.WriteSecrets("real.json", """{"hw": {"apikey": "key-from-file"}}""");
        var reader = new LinuxFileStatusReader();

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.Equal(new FileStatus(reader.CurrentUid, UnixFileMode.UserRead | UnixFileMode.UserWrite), reader.Read(path));
        Assert.Null(SecretsFile.Read(path, reader).Problem);

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        Assert.Equal($"secrets file {path} has mode 0604: group and others must have no access to it; run chmod 600 {path}", SecretsFile.Read(path, reader).Problem);
    }

    public void Dispose() => _setup.Dispose();
}
