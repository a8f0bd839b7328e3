using ChatOps.Content;
using ChatOps.Tests.Execution.Compatibility.Support;

namespace ChatOps.Tests.Execution.Compatibility;

/// <summary>
/// The checkout as a whole: it holds scripts (an empty or wrong folder cannot pass), every item loads, every Python
/// script may run here in an image the engine holds, and the others are listed with why they cannot.
/// </summary>
[Collection(XsoarContentCollection.Name)]
public sealed class CheckoutTests(XsoarContentFixture content)
{
    /// <summary>The assembled checkout's five Python scripts; a demisto/content checkout has hundreds.</summary>
    private const int AtLeast = 5;

    [XsoarContentFact]
    public void The_checkout_holds_at_least_five_scripts_besides_CommonServerPython_and_every_item_loads()
    {
        var names = XsoarCheckout.ScriptNames(content.Folder);

        Assert.True(names.Count >= AtLeast, $"{content.Folder} has {names.Count} scripts under Packs/*/Scripts, fewer than {AtLeast}: is it a content checkout?");
        Assert.Empty(content.Library.Errors);
        Assert.All(names, name => Assert.NotNull(content.Library.Find(name)));
    }

    [XsoarContentFact]
    public async Task Every_python_script_runs_here_in_an_image_the_engine_holds_and_the_rest_say_why_not()
    {
        var problems = new List<string>();
        foreach (var script in XsoarCheckout.ScriptNames(content.Folder).Select(content.Library.Find).OfType<ContentScript>())
        {
            if (script.Type != ContentLanguage.Python)
            {
                if (script.NotRunnableReason is null) problems.Add($"{script.Name} ({script.Type}) is not said to be unrunnable");
                continue;
            }
            if (content.Runner.RefusalOf(script) is { } refusal) problems.Add(refusal);
            else if (!await CompatibilityImage.ExistsAsync(content.Runner.ImageOf(script), CancellationToken.None))
                problems.Add($"{script.Name}: {content.Runner.ImageOf(script)} is not in the engine{(content.Runner.MissingImageRemedy(script) is { } remedy ? " " + remedy.ForAdmin : "")}");
        }

        Assert.Empty(problems);
    }
}
