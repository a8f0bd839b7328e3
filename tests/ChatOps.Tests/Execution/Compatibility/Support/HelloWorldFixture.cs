using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Execution.Compatibility.Support;

/// <summary>
/// The real HelloWorld integration ready to run from chat, made once for its test class: its image built through
/// the bot (/docker_image_create with Debian's requests and dateparser, since PyPI cannot be reached), a fake of
/// its API answering from the checkout's test_data, and an instance against it whose services log into
/// <see cref="Logs"/>. Nothing is made when CHATOPS_XSOAR_CONTENT is unset.
/// </summary>
public sealed class HelloWorldFixture : IAsyncLifetime
{
    public const string ImageArguments = "packages=python3-requests,python3-dateparser";

    private BotBuiltImage? _image;
    private FakeHelloWorldApi? _api;
    private HelloWorldInstanceHost? _host;

    /// <summary>The instance's apikey: long and unique, so finding it anywhere is no coincidence.</summary>
    internal string ApiKey { get; } = "hw-key-" + Guid.NewGuid().ToString("N");

    internal string Checkout { get; private set; } = "";

    internal string Image => Made(_image).Reference;

    internal IReadOnlyList<ChatOps.Replies.Reply> ImageReplies => Made(_image).Replies;

    internal FakeHelloWorldApi Api => Made(_api);

    internal HelloWorldInstanceHost Host => Made(_host);

    internal ListLoggerProvider Logs { get; } = new();

    internal static string TestData(string checkout) => Path.Combine(checkout, "Packs", "HelloWorld", "Integrations", "HelloWorld", "test_data");

    public async Task InitializeAsync()
    {
        if (XsoarCheckout.Folder is not { } folder) return;
        Checkout = folder;
        _image = await BotBuiltImage.CreateAsync("helloworld", ImageArguments);
        _api = new FakeHelloWorldApi(TestData(folder), ApiKey);
        _host = new HelloWorldInstanceHost(folder, _image.Reference, _api.Url, ApiKey, Logs);
    }

    private static T Made<T>(T? part) where T : class => part ?? throw new InvalidOperationException(XsoarCheckout.SkipReason);

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        if (_api is not null) await _api.DisposeAsync();
        if (_image is not null) await _image.DisposeAsync();
    }
}
