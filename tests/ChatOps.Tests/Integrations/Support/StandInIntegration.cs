namespace ChatOps.Tests.Integrations.Support;

/// <summary>
/// An integration written here in the style of XSOAR's HelloWorld: params url and apikey (type 4, a secret), an
/// API under &lt;url&gt;/api/v1 called with `Authorization: Bearer &lt;apikey&gt;`, test-module, a command with merge-key
/// outputs, the reputation command !ip with DBotScore, a command that prints its own key (to be redacted) and one
/// that hunts for anything of another instance.
/// </summary>
internal static class StandInIntegration
{
    public const string Id = "StandInIntel";

    public static string Yaml(string image) => $$"""
        commonfields:
          id: {{Id}}
          version: -1
        name: {{Id}}
        display: Stand-in Intel
        category: Data Enrichment & Threat Intelligence
        description: A threat-intel integration written for the tests.
        configuration:
        - display: Server URL
          name: url
          required: true
          type: 0
        - display: API Key
          name: apikey
          required: true
          type: 4
        - display: Trust any certificate (not secure)
          name: insecure
          type: 8
          required: false
        - display: Use system proxy settings
          name: proxy
          type: 8
          required: false
        script:
          type: python
          subtype: python3
          dockerimage: {{image}}
          script: '-'
          commands:
          - name: standin-say-hello
            description: Says hello through the API.
            arguments:
            - name: name
              required: true
              default: true
              description: Whom to greet.
          - name: ip
            description: Reputation of an IP address.
            arguments:
            - name: ip
              required: true
              isArray: true
              default: true
          - name: standin-whoami
            description: Prints the instance and its key (the reply must not show the key).
          - name: standin-proxy
            description: Says which proxy its environment names.
          - name: standin-count
            description: Counts its runs in the instance's integration context.
          - name: standin-hunt
            description: Looks everywhere a job can for a value and says whether it found it.
            arguments:
            - name: needle
              required: true
        """;

    public const string Code = """
        import json
        import os
        import urllib.request

        import demistomock as demisto
        from CommonServerPython import *


        def call(path):
            params = demisto.params()
            request = urllib.request.Request(params['url'].rstrip('/') + '/api/v1/' + path,
                                             headers={'Authorization': 'Bearer ' + params['apikey']})
            with urllib.request.urlopen(request, timeout=5) as response:
                return json.loads(response.read())


        def reputation(ips):
            for ip in argToList(ips):
                answer = call('ip?ip=' + ip)
                score = 3 if answer['score'] >= 65 else 1
                demisto.results({
                    'Type': 1, 'ContentsFormat': 'json', 'Contents': answer,
                    'HumanReadable': '%s scores %d at %s' % (ip, answer['score'], demisto.integrationInstance()),
                    'EntryContext': {
                        'StandIn.IP(val.ip && val.ip == obj.ip)': answer,
                        'DBotScore(val.Indicator && val.Indicator == obj.Indicator && val.Vendor == obj.Vendor && val.Type == obj.Type)':
                            [{'Indicator': ip, 'Type': 'ip', 'Vendor': demisto.integrationInstance(), 'Score': score}],
                    },
                })


        def hunt(needle):
            places = []
            for root in ('/tmp', '/dev/shm', '/opt/chatops'):
                for folder, _, files in os.walk(root):
                    for name in files:
                        try:
                            if needle.encode() in open(os.path.join(folder, name), 'rb').read():
                                places.append(os.path.join(folder, name))
                        except OSError:
                            pass
            if needle in json.dumps(dict(os.environ)):
                places.append('environment')
            if needle in json.dumps(demisto.params()):
                places.append('params')
            return places


        def main():
            command = demisto.command()
            args = demisto.args()
            try:
                if command == 'test-module':
                    call('ping')
                    return_results('ok')
                elif command == 'standin-say-hello':
                    answer = call('hello?name=' + args['name'])
                    return_results(CommandResults(outputs_prefix='StandIn.Hello', outputs_key_field='name',
                                                  outputs=answer, readable_output='## ' + answer['greeting']))
                elif command == 'ip':
                    reputation(args['ip'])
                elif command == 'standin-whoami':
                    return_results('%s uses key %s' % (demisto.integrationInstance(), demisto.params()['apikey']))
                elif command == 'standin-proxy':
                    return_results('proxy: %s, param: %s' % (os.environ.get('HTTPS_PROXY', 'none'), demisto.params().get('proxy')))
                elif command == 'standin-count':
                    state = demisto.getIntegrationContext() or {}
                    state['runs'] = state.get('runs', 0) + 1
                    demisto.setIntegrationContext(state)
                    return_results('runs: %d' % state['runs'])
                elif command == 'standin-hunt':
                    found = hunt(args['needle'])
                    return_results('found in: ' + (', '.join(found) if found else 'nowhere'))
            except Exception as problem:
                return_error('Failed to execute %s command.\nError:\n%s' % (command, problem))


        if __name__ in ('__main__', '__builtin__', 'builtins'):
            main()
        """;
}
