using ChatOps.Parsers.Commands;

namespace ChatOps.Parsers.Tests.Support;

/// <summary>Runs a line through CommandParser and insists on one of the two outcomes.</summary>
internal static class Parsing
{
    public static T Command<T>(string text) where T : ChatCommand
    {
        var parsed = CommandParser.TryParse(text, out var command, out var error);
        Assert.True(parsed, $"expected {typeof(T).Name}, got error: {error}");
        return Assert.IsType<T>(command);
    }

    public static ParseError Error(string text)
    {
        var parsed = CommandParser.TryParse(text, out var command, out var error);
        Assert.False(parsed, $"expected an error, got {command}");
        Assert.Null(command);
        return error!;
    }

    /// <summary>The line is refused with exactly this message, the caret at this column.</summary>
    public static ParseError AssertError(string text, string message, int column)
    {
        var error = Error(text);
        Assert.Equal(message, error.Message);
        Assert.Equal(column, error.Column);
        return error;
    }

    public const string CreateUsage =
        "/docker_image_create name=<name> [dependencies=<lib,...>] [packages=<pkg,...>] [base=<org/image:tag>] [force=true|false]";

    public const string UpdateUsage = "/docker_image_update image=<org/image> | all=true";

    public const string IntegrationTestUsage = "/integration_test instance=<name>";

    public const string ListUsage = "/docker_images [name=<part of a name>] [package=<package>]";
}
