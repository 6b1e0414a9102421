/// Inline spec corpora for the Markdown emitter's tests (inline, so the test target needs
/// no resource files).
enum MarkdownFixtureSpecs {
    /// Every feature a page can show: asynchronous execution, a body wrapper with a field
    /// outside it, query parameters and headers, a query endpoint (the queries page),
    /// deprecation, change history, lists and maps
    /// of named types, defaults, nested categories, an uncategorized endpoint, and text that
    /// exists only in the second locale.
    static let features: [String: String] = [
        "features/api.yaml": """
            apigen: 1
            api:
              name: Demo
              title: {en: Demo Cloud API, zh-CN: 演示云 API}
              locales: [en, zh-CN]
              auth: {header: Authorization, value: "OAuth {sessionUuid}"}
              errors: {status: [503], field: error, type: Failure}
              queries: {conditions: q, limit: limit, start: start, items: inventories, count: replyWithCount, total: total, sort: sort, fields: fields}
            types:
              Failure:
                description: {en: A failure, zh-CN: 失败}
                fields:
                  code: {type: String, required: true, description: Error code}
                  cause: {type: Failure, nullable: true, description: The failure behind this one}
              Color:
                description: A color
                values: {red: {en: Red, zh-CN: 红色}, green: Green}
            """,
        "features/create-widget.yaml": """
            apigen: 1
            endpoint:
              operation-id: CreateWidget
              title: {en: Create Widget, zh-CN: 创建部件}
              description: |
                Creates a widget.

                The widget starts stopped.
              category: [Widgets, Lifecycle, Creation]
              since: "4.10"
              deprecated: {since: "5.0", message: {en: Use CreateGadget instead., zh-CN: 请改用 CreateGadget。}}
              execution: asynchronous
              auth: required
              method: POST
              path: /v1/zones/{zoneUuid}/widgets
              path-parameters:
                zoneUuid: {type: String, required: true, description: Zone UUID}
              query-parameters:
                dryRun: {type: Boolean, default: false, description: Only validate}
                tag: {type: List<String>, description: Tags to match}
                labels: {type: "Map<String, String>", description: Labels to match, example: {b: "2", a: "x y"}}
              headers:
                X-Job-UUID: {type: String, description: Job UUID to use, since: "4.11"}
              body:
                wrapper: params
                fields:
                  name: {type: String, required: true, description: Widget name}
                  color: {type: Color, description: Paint color}
                  parts:
                    type: List<Part>
                    description: The parts
                    fields:
                      partName: {type: String, required: true, description: Part name}
                      weight: {type: Double, description: Weight in kg, deprecated: {since: "4.12", message: Ignored}}
                  labels: {type: "Map<String, Part>", description: Labelled parts}
                  systemTags: {type: List<String>, outside-wrapper: true, description: System tags}
              response:
                status: 200
                description: {zh-CN: 成功时返回部件。}
                fields:
                  inventory:
                    type: WidgetInventory
                    description: The widget
                    fields:
                      uuid: {type: String, required: true, description: Widget UUID}
                      createDate: {type: Timestamp, description: Creation time}
                      colors: {type: List<Color>, description: Colors}
                      lastFailure: {type: Failure, description: Last failure}
              examples:
                request:
                  path: {zoneUuid: z1}
                  query: {dryRun: true, tag: [a b, "c&d"], labels: {b: "2", a: "x y"}}
                  headers: {X-Job-UUID: 0123456789abcdef0123456789abcdef}
                  body: {"params": {"name": "w1", "color": "red"}, "systemTags": ["it's"]}
                response:
                  status: 200
                  body: {"inventory": {"uuid": "u1", "colors": ["red", "green"]}}
              history:
                - {version: "4.11", description: Added X-Job-UUID}
                - {version: "5.0", description: {en: Deprecated, zh-CN: 已废弃}}
            """,
        "features/ping.yaml": """
            apigen: 1
            endpoint:
              operation-id: Ping
              title: Ping
              execution: synchronous
              auth: none
              method: GET
              path: /v1/ping
              response: {status: 200, fields: {}}
            """,
        "features/list-widgets.yaml": """
            apigen: 1
            endpoint:
              operation-id: ListWidgets
              title: List Widgets
              category: [Widgets]
              execution: synchronous
              auth: required
              method: GET
              path: /v1/widgets
              query-parameters:
                q: {type: List<String>, description: Conditions}
                limit: {type: Integer, description: At most this many}
                start: {type: Integer, description: Skip this many}
                replyWithCount: {type: Boolean, description: Add the total}
                sort: {type: String, description: The order}
                fields: {type: String, description: Only these fields}
              response:
                status: 200
                fields:
                  inventories: {type: List<WidgetInventory>, description: The widgets}
                  total: {type: Long, description: The number of matches}
            """,
    ]

    /// Text that tries to break tables, inject HTML and start Markdown blocks, everywhere
    /// text can go.
    static let hostileText = "Pipe | cell `tick` <script>alert(1)</script> *star* _under_ [link](javascript:alert(1)) &amp; ~~strike~~ \\\\ back"

    static let hostile: [String: String] = [
        "hostile/api.yaml": """
            apigen: 1
            api:
              name: Hostile
              title: "Evil | <b>API</b> [x](y)"
              locales: [en, zh-CN]
              auth: {header: Authorization, value: "OAuth {sessionUuid}"}
            types:
              ErrorCode:
                description: "<img src=x onerror=alert(1)>"
                fields:
                  code: {type: String, description: "# not a heading"}
            """,
        "hostile/evil.yaml": """
            apigen: 1
            endpoint:
              operation-id: EvilEndpoint
              title: "Evil <script>alert('t')</script> | title *x*"
              description: |
                - not a list
                1. not a list either
                > not a quote
                ```
                not code

                <div onclick="x">html block</div>
                    indented
                ---
              category: ["Cat | One", "[Sub] <i>x</i>", "Cat | One"]
              since: "1.0 | <b>"
              execution: synchronous
              auth: required
              method: POST
              path: /v1/evil/{id}
              path-parameters:
                id: {type: String, required: true, description: "\(hostileText)"}
              body:
                fields:
                  note:
                    type: String
                    description: "line one\\nline two | still the cell\\n\\n- new paragraph"
                  mode:
                    type: EvilMode
                    description: Mode
                    values: {"a|b": "A | <script>", "c`d": "C `x`"}
              response:
                status: 200
                description: "<script>alert(2)</script>"
                fields:
                  result: {type: String, description: "`unclosed code"}
              examples:
                request:
                  path: {id: "x"}
                  body: {"note": "it's ```$(touch /tmp/apigen-pwned)``` `whoami`", "mode": "a|b"}
                response:
                  status: 200
                  body: {"result": "```\\n</code></pre><script>alert(3)</script>"}
              history:
                - {version: "1.0", description: "| broken | row |"}
            """,
    ]
}
