using ChatOps.Options;
using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Execution;

/// <summary>The pool's bookkeeping against a fake engine: reuse, the maximum, recycling, idle expiry, health.</summary>
public sealed class ContainerPoolTests
{
    [Fact]
    public async Task A_released_container_is_reused_for_the_next_job()
    {
        var fake = new FakePool();

        var first = await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);
        fake.Pool.Release(first, reusable: true);
        var second = await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);

        Assert.Same(first, second);
        Assert.Single(fake.Engine.Created);
    }

    [Fact]
    public async Task Containers_are_created_with_the_hardened_spec_and_our_labels()
    {
        var fake = new FakePool();

        await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);

        var spec = Assert.Single(fake.Engine.Created).Value;
        Assert.Equal(("4000:4000", "none", true, true, true, 64L, 256L * 1024 * 1024, 1_000_000_000L),
            (spec.User, spec.NetworkMode, spec.ReadOnlyRootFilesystem, spec.DropAllCapabilities, spec.NoNewPrivileges, spec.PidsLimit, spec.MemoryBytes, spec.NanoCpus));
        Assert.Equal("rw,size=64m,mode=1777", spec.Tmpfs["/tmp"]);
        Assert.Equal(["python3", "/opt/chatops/python_loop.py"], spec.Command);
        Assert.Equal("true", spec.Labels["org.chatops.managed"]);
        Assert.Equal("fake", spec.Labels["org.chatops.instance"]);
    }

    [Fact]
    public async Task At_the_maximum_a_job_waits_for_a_container_to_come_back()
    {
        var fake = new FakePool();
        var a = await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);
        await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);

        var third = fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(third.IsCompleted);

        fake.Pool.Release(a, reusable: true);
        Assert.Same(a, await third.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(2, fake.Engine.Created.Count);
    }

    [Fact]
    public async Task A_waiting_job_gets_a_new_container_when_a_busy_one_is_discarded()
    {
        var fake = new FakePool();
        var a = await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);
        await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);
        var third = fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);

        fake.Pool.Release(a, reusable: false);

        var replacement = await third.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.NotSame(a, replacement);
        await fake.RemovedAsync(1);
        Assert.Contains(a.Id, fake.Engine.Removed);
    }

    [Fact]
    public async Task A_nested_call_does_not_wait_for_the_slot_its_caller_holds()
    {
        var fake = new FakePool(new ExecutorOptions { MaxContainersPerImage = 1 });
        var caller = await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);

        var nested = await fake.Pool.AcquireAsync(FakePool.Key, nested: true, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        fake.Pool.Release(nested, reusable: true);
        fake.Pool.Release(caller, reusable: true);

        Assert.NotSame(caller, nested);
        await fake.RemovedAsync(1);
        Assert.Equal([nested.Id], fake.Engine.Removed);
    }

    [Fact]
    public async Task A_cancelled_waiter_leaves_the_queue_and_the_next_one_gets_the_container()
    {
        var fake = new FakePool(new ExecutorOptions { MaxContainersPerImage = 1 });
        var held = await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var impatient = fake.Pool.AcquireAsync(FakePool.Key, nested: false, cancel.Token);
        var patient = fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        fake.Pool.Release(held, reusable: true);

        Assert.Same(held, await patient.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_container_that_ran_its_quota_of_jobs_is_replaced()
    {
        var fake = new FakePool(new ExecutorOptions { MaxJobsPerContainer = 2 });
        var container = await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);

        container.Jobs = 2;
        fake.Pool.Release(container, reusable: true);
        var next = await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);

        Assert.NotSame(container, next);
        await fake.RemovedAsync(1);
        Assert.Contains(container.Id, fake.Engine.Removed);
    }

    [Fact]
    public async Task Idle_containers_are_removed_after_the_idle_timeout()
    {
        var fake = new FakePool(new ExecutorOptions { IdleTimeout = TimeSpan.FromMinutes(5), HealthCheckAfterIdle = TimeSpan.FromMinutes(10) });
        var container = await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);
        fake.Pool.Release(container, reusable: true);

        fake.Clock.Advance(TimeSpan.FromMinutes(4));
        await fake.Pool.SweepAsync(CancellationToken.None);
        Assert.Equal(1, fake.Pool.IdleCount(FakePool.Key));

        fake.Clock.Advance(TimeSpan.FromMinutes(2));
        await fake.Pool.SweepAsync(CancellationToken.None);
        Assert.Equal(0, fake.Pool.IdleCount(FakePool.Key));
        await fake.RemovedAsync(1);
        Assert.Equal([container.Id], fake.Engine.Removed);
    }

    [Fact]
    public async Task A_container_idle_past_the_health_check_age_that_does_not_answer_ping_is_replaced()
    {
        var fake = new FakePool();
        var container = await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);
        fake.Pool.Release(container, reusable: true);
        fake.Engine.Streams[container.Id].Emit("EOF");
        fake.Clock.Advance(fake.Options.HealthCheckAfterIdle + TimeSpan.FromSeconds(1));

        var next = await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);

        Assert.NotSame(container, next);
        await fake.RemovedAsync(1);
        Assert.Contains(container.Id, fake.Engine.Removed);
    }

    [Fact]
    public async Task Disposing_the_pool_removes_every_container_it_made()
    {
        var fake = new FakePool();
        var busy = await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);
        var idle = await fake.Pool.AcquireAsync(FakePool.Key, nested: false, CancellationToken.None);
        fake.Pool.Release(idle, reusable: true);

        await fake.Pool.DisposeAsync();

        Assert.Equal(new[] { busy.Id, idle.Id }.Order(), fake.Engine.Removed.Distinct().Order());
    }
}
