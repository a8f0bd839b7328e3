using ChatOps.Options;
using Microsoft.Extensions.Options;

namespace ChatOps.Engine;

/// <summary>Docker:Engines is checked at start, so a typo stops the bot with the entry's name instead of failing its first script.</summary>
internal sealed class EngineEndpointsValidation : IValidateOptions<DockerOptions>
{
    public ValidateOptionsResult Validate(string? name, DockerOptions options)
    {
        if (options.HealthCheckInterval <= TimeSpan.Zero) return ValidateOptionsResult.Fail("Docker:HealthCheckInterval must be a positive duration such as 00:00:02");
        try
        {
            EngineEndpoint.AllOf(options);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException problem)
        {
            return ValidateOptionsResult.Fail(problem.Message);
        }
    }
}
