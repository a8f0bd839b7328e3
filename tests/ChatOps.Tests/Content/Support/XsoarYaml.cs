namespace ChatOps.Tests.Content.Support;

/// <summary>
/// Small YAMLs written here in the shape demisto/content's are (keys in their order and spelling, split code
/// with <c>script: '-'</c>), so the tests exercise the real format without carrying the content team's files.
/// </summary>
internal static class XsoarYaml
{
    public static string Script(string name, string type = "python", string? subtype = "python3", string? dockerImage = "demisto/python3:3.10.13.72123", string script = "'-'") =>
        $"""
        args:
        - default: false
          description: Who to greet.
          isArray: false
          name: name
          required: false
          secret: false
        comment: {name}, as a content pack ships it.
        commonfields:
          id: {name}
          version: -1
        enabled: true
        name: {name}
        outputs:
        - contextPath: {name}.hello
          description: The greeting.
          type: String
        script: {script}
        tags:
        - utility
        timeout: '0'
        type: {type}
        {(subtype is null ? "" : "subtype: " + subtype)}
        {(dockerImage is null ? "" : "dockerimage: " + dockerImage)}
        fromversion: 5.0.0
        tests:
        - No tests (auto formatted)

        """;

    /// <summary>An integration like HelloWorld's: two parameters, a command with arguments and outputs, fetch on.</summary>
    public static string Integration(string name, string command = "hello-say", string type = "python", string script = "'-'") =>
        $"""
        category: Utilities
        commonfields:
          id: {name}
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
        - defaultvalue: Low
          display: Minimum severity
          name: min_severity
          options:
          - Low
          - High
          required: false
          type: 15
        - display: Internal
          hidden:
          - marketplacev2
          name: internal
          type: 8
        - display: Legacy
          hidden: true
          name: legacy
          type: 0
        description: An integration for the tests.
        display: {name} (beta)
        name: {name}
        script:
          commands:
          - arguments:
            - default: true
              description: Whom to greet.
              isArray: true
              name: name
              required: false
              secret: false
            - auto: PREDEFINED
              default: false
              defaultValue: ACTIVE
              description: Filter by status.
              isArray: false
              name: status
              predefined:
              - ACTIVE
              - CLOSED
              required: true
              secret: false
            deprecated: false
            description: Says hello.
            execution: false
            name: {command}
            outputs:
            - contextPath: Hello.name
              description: Whom it greeted.
              type: String
          - deprecated: true
            description: Tests the connection.
            name: {command}-test
          dockerimage: demisto/python3:3.9.1.14969
          feed: false
          isfetch: true
          longRunning: false
          longRunningPort: false
          runonce: false
          script: {script}
          subtype: python3
          type: {type}
        fromversion: 5.0.0

        """;
}
