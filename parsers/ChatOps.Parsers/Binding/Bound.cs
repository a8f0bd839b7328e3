using ChatOps.Parsers.Commands;

namespace ChatOps.Parsers.Binding;

/// <summary>The outcome of giving a tokenised line its meaning: a command, or a problem with the usage line to show.</summary>
internal sealed record Bound(ChatCommand? Command, Problem? Problem, string? Usage)
{
    public static Bound Ok(ChatCommand command) => new(command, null, null);

    public static Bound Fail(Problem problem, string? usage) => new(null, problem, usage);

    public static Bound Fail(string message, int column, string? usage) => new(null, new Problem(message, column), usage);
}
