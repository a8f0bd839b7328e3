namespace ChatOps.Tests.Execution.Support;

/// <summary>
/// A script host over content written the way real XSOAR content is (CommonServerPython preloaded, the entry point
/// behind `if __name__ in ('builtins', ...)`, `import demistomock as demisto`, CommandResults), with the stand-in
/// CommonServerPython and CommonServerUserPython configured by path, and a pool of one container so "once per
/// container" can be checked.
/// </summary>
public sealed class XsoarHostFixture : IAsyncLifetime
{
    private TestContent? _content;
    private string? _commonServer;

    internal ScriptHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        _commonServer = Directory.CreateTempSubdirectory("chatops-standin-csp-").FullName;
        File.WriteAllText(Path.Combine(_commonServer, "CommonServerPython.py"), StandInCommonServer.CommonServerPython);
        File.WriteAllText(Path.Combine(_commonServer, "CommonServerUserPython.py"), StandInCommonServer.CommonServerUserPython);
        _content = new TestContent(withRepositoryContent: false)
            .Script("LoadedBy", "demisto.results('%d %s' % (LOADED_BY, LOADED_AS))")
            .Script("Guarded", """
                import demistomock as demisto
                from CommonServerPython import *
                from CommonServerUserPython import *


                def main():
                    return_results(CommandResults(readable_output='hello ' + current_args()['name']))


                if __name__ in ('__main__', '__builtin__', 'builtins'):
                    main()
                """, "- name: name\n  required: true")
            .Script("NameOf", "demisto.results(__name__)")
            .Script("Greet", "demisto.results('hello %s (%s)' % (demisto.args()['who'], demisto.args().get('tone', 'plain')))",
                "- name: tone\n- name: who\n  default: true\n  required: true")
            .Script("ListArg", "demisto.results('%s -> %s' % (type(demisto.args()['items']).__name__, argToList(demisto.args()['items'])))",
                "- name: items\n  isArray: true\n  required: true")
            .Script("UserHelper", "demisto.results(repr(USER_HELPER_SEES))")
            .Script("SaveItem", """
                return_results(CommandResults(outputs_prefix='Test.Item', outputs_key_field='id',
                                              outputs={'id': demisto.args()['id'], 'value': demisto.args()['value']},
                                              readable_output='saved'))
                """, "- name: id\n  required: true\n- name: value\n  required: true")
            .Script("CheckError", """
                res = demisto.executeCommand('getList', {'listName': demisto.args()['name']})
                demisto.results('error' if is_error(res) else res[0]['Contents'])
                """, "- name: name\n  required: true")
            .Script("Counter", """
                state = demisto.getIntegrationContext() or {}
                state['runs'] = state.get('runs', 0) + 1
                demisto.setIntegrationContext(state)
                demisto.results(str(state['runs']))
                """)
            .Script("WhereAmI", "demisto.results('%s %s %s' % (demisto.investigation()['id'], demisto.incident()['id'], demisto.getLicenseID()))")
            .Script("Report", "return_results(fileResult('../report.txt', 'hello file ' + demisto.args()['n']))", "- name: n\n  required: true")
            .Script("ReadReport", "info = demisto.getFilePath(demisto.args()['id'])\ndemisto.results(info['name'] + ': ' + open(info['path']).read())",
                "- name: id\n  required: true")
            .Script("Patcher", "import CommonServerPython\nCommonServerPython.current_args = lambda: {'name': 'patched'}\ndemisto.results('patched')");
        Host = new ScriptHost(_content.Folder, new Dictionary<string, string?>
        {
            ["Executor:MaxContainersPerImage"] = "1",
            ["Executor:CommonServerPython"] = Path.Combine(_commonServer, "CommonServerPython.py"),
            ["Executor:CommonServerUserPython"] = Path.Combine(_commonServer, "CommonServerUserPython.py"),
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _content?.Dispose();
        if (_commonServer is not null) Directory.Delete(_commonServer, recursive: true);
    }
}
