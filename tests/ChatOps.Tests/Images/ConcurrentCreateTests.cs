using ChatOps.Engine;
using ChatOps.Images;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Tests.Images.Support;

namespace ChatOps.Tests.Images;

/// <summary>Many creates at once, for real: unique tags, shared identical builds, a visible queue.</summary>
public sealed class ConcurrentCreateTests(ProbeWheels wheels) : IClassFixture<ProbeWheels>
{
    private static CreateImageCommand Create(string name, string dependency) =>
        new(name, [Requirement.Parse(dependency)], [], null, Force: true);

    [Fact]
    public async Task Ten_creates_of_one_name_at_once_get_ten_distinct_tags_none_overwritten()
    {
        await using var bed = ImagesTestBed.Create(wheels.Index.Url, maxConcurrentBuilds: 4);
        var name = bed.NewName("ten");
        var repository = $"demisto/{name}";
        // Ten different specs (identical ones would rightly share one build), all cheap: one tiny wheel.
        var creates = Enumerable.Range(1, 10).Select(i => Create(name, $"chatops-probe-dep>=1.{i}")).ToList();

        var results = await Task.WhenAll(creates.Select(c => Task.Run(() => bed.RunAsync(c))));

        var cards = results.Select(r => Assert.IsType<CardReply>(r[^1])).ToList();
        var tags = cards.Select(c => c.Title[(repository.Length + 1)..]).ToList();
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"1.0.0.{i}").Order(), tags.Order());
        Assert.Equal(tags.Order(), await bed.EngineTagsAsync(repository));
        // Each tag still points at the image built for it: its own tag in ENV and its own request in the spec label.
        for (var i = 0; i < creates.Count; i++)
        {
            var image = await bed.Docker.Images.InspectImageAsync(cards[i].Title);
            Assert.Contains($"DOCKER_IMAGE={cards[i].Title}", image.Config.Env);
            Assert.Contains($"\"chatops-probe-dep>=1.{i + 1}\"", image.Config.Labels[ManagedLabels.Spec]);
        }
    }

    [Fact]
    public async Task Identical_requests_share_one_build_and_a_waiting_user_sees_the_queue()
    {
        await using var bed = ImagesTestBed.Create(wheels.Index.Url, maxConcurrentBuilds: 1);
        var name = bed.NewName("queue");
        var first = new List<Reply>();
        var building = new TaskCompletionSource();
        var firstRun = Task.Run(async () =>
        {
            await foreach (var reply in bed.Stream(Create(name, "chatops-probe")))
            {
                first.Add(reply);
                if (reply is ProgressReply { Stage: "starting the build" }) building.TrySetResult();
            }
        });
        await building.Task.WaitAsync(TimeSpan.FromMinutes(2));

        var identical = Task.Run(() => bed.RunAsync(Create(name, "chatops-probe")));
        var different = Task.Run(() => bed.RunAsync(Create(name, "chatops-probe-dep")));
        await Task.WhenAll(firstRun, identical, different);

        var firstCard = Assert.IsType<CardReply>(first[^1]);
        var sharedCard = Assert.IsType<CardReply>(identical.Result[^1]);
        Assert.Equal(firstCard.Title, sharedCard.Title);
        Assert.Contains(identical.Result, r => r is TextReply t && t.Text.Contains("already under way"));
        Assert.Contains(different.Result, r => r is ProgressReply p && p.Message.Contains("place 1 in the queue"));
        Assert.NotEqual(firstCard.Title, Assert.IsType<CardReply>(different.Result[^1]).Title);
        Assert.Equal(2, (await bed.EngineTagsAsync($"demisto/{name}")).Count);
    }
}
