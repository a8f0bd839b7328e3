using ChatOps.Engine;
using Docker.DotNet.Models;

namespace ChatOps.Tests.Engine;

public sealed class EngineMessageLogTests
{
    private sealed class Lines : IProgress<EngineBuildProgress>
    {
        public List<EngineBuildProgress> Seen { get; } = [];

        public void Report(EngineBuildProgress value) => Seen.Add(value);
    }

    [Fact]
    public void A_line_the_engine_cut_across_messages_arrives_whole_and_once()
    {
        var lines = new Lines();
        var log = new EngineMessageLog(lines);

        log.Report(new JSONMessage { Stream = "Step 3/5 : RUN pip install x\n" });
        log.Report(new JSONMessage { Stream = "Successfully installed x-1.0\n{\"python\": \"3." });
        log.Report(new JSONMessage { Stream = "11\", \"distributions\"" });
        log.Report(new JSONMessage { Stream = ": []}\nStep 4/5 : ENV A=b\n" });

        Assert.Equal(
            ["Step 3/5 : RUN pip install x", "Successfully installed x-1.0", "{\"python\": \"3.11\", \"distributions\": []}", "Step 4/5 : ENV A=b"],
            lines.Seen.Select(l => l.Line));
        Assert.Equal([3, 3, 3, 4], lines.Seen.Select(l => l.Step));
    }

    [Fact]
    public void A_last_line_without_a_newline_arrives_when_the_stream_completes()
    {
        var lines = new Lines();
        var log = new EngineMessageLog(lines);

        log.Report(new JSONMessage { Stream = "Successfully built abc\nSuccessfully tagged x:1" });
        Assert.Equal(["Successfully built abc"], lines.Seen.Select(l => l.Line));

        log.Complete();
        Assert.Equal(["Successfully built abc", "Successfully tagged x:1"], lines.Seen.Select(l => l.Line));
    }

    [Fact]
    public void The_unfinished_line_before_an_error_is_kept_in_the_tail_that_explains_it()
    {
        var log = new EngineMessageLog(null);

        log.Report(new JSONMessage { Stream = "Step 2/3 : RUN pip install nothere\n" });
        log.Report(new JSONMessage { Stream = "ERROR: No matching distribution found for nothere" });
        log.Report(new JSONMessage { Error = new JSONError { Message = "The command returned a non-zero code: 1" } });

        Assert.Equal("The command returned a non-zero code: 1", log.Error);
        Assert.Equal("Step 2/3 : RUN pip install nothere", log.CurrentStep);
        Assert.Equal(
            ["Step 2/3 : RUN pip install nothere", "ERROR: No matching distribution found for nothere", "The command returned a non-zero code: 1"],
            log.Tail(10));
    }

    [Fact]
    public void Pull_and_push_status_lines_pass_through_as_they_come()
    {
        var lines = new Lines();
        var log = new EngineMessageLog(lines);

        log.Report(new JSONMessage { Status = "Pulling fs layer", ProgressMessage = "" });
        log.Report(new JSONMessage { Status = "Downloading", ProgressMessage = "[=>   ] 1MB/10MB" });

        Assert.Equal(["Pulling fs layer", "Downloading [=>   ] 1MB/10MB"], lines.Seen.Select(l => l.Line));
    }
}
