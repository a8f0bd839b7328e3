namespace ChatOps.Tests.Integrations.Support;

/// <summary>An integration YAML with one param of each kind the instance side treats differently, in the style of HelloWorld's.</summary>
internal static class InstanceYaml
{
    public static string Integration(string name = "HelloWorld", string id = "HelloWorld", string type = "python") =>
        $"""
        category: Utilities
        commonfields:
          id: {id}
          version: -1
        configuration:
        - defaultvalue: https://api.example.com
          display: Server URL
          name: url
          required: true
          type: 0
        - display: API Key
          name: apikey
          required: true
          type: 4
        - display: Username
          name: credentials
          required: false
          type: 9
        - display: Trust any certificate (not secure)
          name: insecure
          required: false
          type: 8
        - defaultvalue: 'true'
          display: Use system proxy settings
          name: proxy
          type: 8
        - defaultvalue: Low
          display: Minimum severity
          name: min_severity
          options:
          - Low
          - High
          required: false
          type: 15
        - defaultvalue: Alerts,Events
          display: Fetch types
          name: fetch_types
          options:
          - Alerts
          - Events
          - Audit
          type: 16
        - display: Legacy token
          hidden: true
          name: legacy_token
          type: 0
        - defaultvalue: 'false'
          display: Old mode
          hidden: true
          name: old_mode
          type: 8
        - defaultvalue: '10'
          display: Maximum per fetch
          name: max_fetch
          type: 0
        description: An integration for the instance tests.
        display: {name}
        name: {name}
        script:
          commands:
          - name: helloworld-say-hello
            description: Says hello.
            arguments:
            - name: name
              description: Whom to greet.
          dockerimage: demisto/python3:3.10.13.1
          script: '-'
          type: {type}
          subtype: python3
        """;
}
