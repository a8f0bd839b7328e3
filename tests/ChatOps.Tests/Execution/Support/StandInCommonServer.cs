namespace ChatOps.Tests.Execution.Support;

/// <summary>
/// A small CommonServerPython written here (not the content team's), with the same mechanics the real one relies
/// on: `import demistomock as demisto` at module level, functions that read that global, CommandResults with
/// merge-key outputs, return_results / return_error, argToList, is_error. It records the process it was loaded in,
/// so a test can tell it was loaded once, by the loop's parent, and not per job.
/// </summary>
internal static class StandInCommonServer
{
    public const string CommonServerPython = """
        import json
        import os
        import sys

        import demistomock as demisto

        LOADED_BY = os.getpid()
        LOADED_AS = __name__


        class EntryType(object):
            NOTE = 1
            ERROR = 4


        def argToList(arg, separator=','):
            if not arg:
                return []
            if isinstance(arg, list):
                return arg
            if arg.startswith('['):
                return json.loads(arg)
            return [item.strip() for item in arg.split(separator) if item.strip()]


        def current_args():
            return demisto.args()


        def tableToMarkdown(name, rows):
            rows = rows if isinstance(rows, list) else [rows]
            headers = sorted(rows[0].keys()) if rows else []
            lines = ['### ' + name] if name else []
            lines.append('|' + '|'.join(headers) + '|')
            lines.append('|' + '|'.join('---' for _ in headers) + '|')
            for row in rows:
                lines.append('| ' + ' | '.join(str(row.get(h, '')) for h in headers) + ' |')
            return '\n'.join(lines) + '\n'


        class CommandResults(object):
            def __init__(self, outputs_prefix=None, outputs_key_field=None, outputs=None, readable_output=None):
                self.outputs_prefix = outputs_prefix
                self.outputs_key_field = outputs_key_field
                self.outputs = outputs
                self.readable_output = readable_output

            def to_context(self):
                key = self.outputs_prefix
                if key and self.outputs_key_field:
                    key = '%s(val.%s && val.%s == obj.%s)' % (key, self.outputs_key_field, self.outputs_key_field, self.outputs_key_field)
                return {
                    'Type': EntryType.NOTE,
                    'ContentsFormat': 'json',
                    'Contents': self.outputs,
                    'HumanReadable': self.readable_output,
                    'EntryContext': {key: self.outputs} if key else {},
                }


        def return_results(results):
            if isinstance(results, CommandResults):
                demisto.results(results.to_context())
            elif results is not None:
                demisto.results(results)


        def return_error(message, error='', outputs=None):
            demisto.results({'Type': EntryType.ERROR, 'ContentsFormat': 'text', 'Contents': str(message)})
            sys.exit(0)


        def fileResult(filename, data, file_type=None):
            file_id = demisto.uniqueFile()
            with open(demisto.investigation()['id'] + '_' + file_id, 'wb') as out:
                out.write(data if isinstance(data, bytes) else data.encode('utf-8'))
            return {'Contents': '', 'ContentsFormat': 'text', 'Type': file_type or 3, 'File': filename, 'FileID': file_id}


        def is_error(results):
            results = results if isinstance(results, list) else [results]
            return any(isinstance(r, dict) and r.get('Type') == EntryType.ERROR for r in results)
        """;

    /// <summary>Loaded after CommonServerPython, into the same globals: it may use what that defines.</summary>
    public const string CommonServerUserPython = """
        USER_HELPER_SEES = argToList('x, y')
        """;
}
