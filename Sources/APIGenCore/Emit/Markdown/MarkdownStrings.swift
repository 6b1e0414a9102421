import Foundation

/// The words a documentation page says itself (not the API's text), in one locale.
///
/// Templates print them as `{{strings.required}}`; sentences with a slot are filled in by
/// the render model. A locale without a table here gets English.
///
/// A class: every page of a locale shares its one table, and handing it to a template (or
/// copying a page model) costs one reference instead of a copy of fifty-odd strings.
public final class MarkdownStrings: Sendable, Hashable {
    /// The locale's own name, for the language switcher (`English`, `简体中文`).
    public let languageName: String
    /// What follows a label: `": "` or the full-width `"："`.
    public let colon: String
    public let listSeparator: String

    public let required: String
    public let optional: String
    public let nullable: String
    public let deprecated: String
    public let name: String
    public let type: String
    public let description: String
    public let since: String
    public let value: String
    public let values: String
    public let version: String
    public let defaultValue: String
    public let example: String

    public let method: String
    public let path: String
    public let execution: String
    public let synchronous: String
    public let asynchronous: String
    public let authentication: String
    public let authRequired: String
    public let authNone: String
    public let operationID: String
    public let languages: String

    public let requestInputs: String
    public let pathParameters: String
    public let queryParameters: String
    public let headers: String
    public let bodyFields: String
    public let responses: String
    public let requestExample: String
    public let responseExample: String
    public let status: String
    public let changeHistory: String
    public let noChangeHistory: String
    public let noFields: String

    public let endpoints: String
    public let types: String
    public let kind: String
    public let object: String
    public let enumeration: String
    public let fields: String
    public let usedBy: String
    public let notUsed: String
    public let endpoint: String

    /// `{wrapper}` is the wrapper key, as code.
    public let wrapperNote: String
    /// `{fields}` lists the fields that stay at the top level.
    public let outsideWrapperNote: String
    /// `{type}` is a link to the type page.
    public let recursiveNote: String
    /// `{status}`, `{field}` and `{type}` are filled in.
    public let errorNote: String
    /// `{status}` and `{field}` are filled in.
    public let asyncNote: String
    /// `{version}` is filled in.
    public let deprecatedSince: String
    /// Stands above a response example that the documentation does not have.
    public let synthesizedExampleNote: String
    /// `{name}` is a list query parameter, `{shape}` how it travels.
    public let queryListNote: String
    /// `{name}` is a map query parameter, `{shape}` how it travels.
    public let queryMapNote: String

    public init(
        languageName: String, colon: String, listSeparator: String, required: String, optional: String,
        nullable: String, deprecated: String, name: String, type: String, description: String, since: String,
        value: String, values: String, version: String, defaultValue: String, example: String, method: String,
        path: String, execution: String, synchronous: String, asynchronous: String, authentication: String,
        authRequired: String, authNone: String, operationID: String, languages: String, requestInputs: String,
        pathParameters: String, queryParameters: String, headers: String, bodyFields: String,
        responses: String, requestExample: String, responseExample: String, status: String,
        changeHistory: String, noChangeHistory: String, noFields: String, endpoints: String, types: String,
        kind: String, object: String, enumeration: String, fields: String, usedBy: String, notUsed: String,
        endpoint: String, wrapperNote: String, outsideWrapperNote: String, recursiveNote: String,
        errorNote: String, asyncNote: String, deprecatedSince: String, synthesizedExampleNote: String,
        queryListNote: String, queryMapNote: String
    ) {
        self.languageName = languageName
        self.colon = colon
        self.listSeparator = listSeparator
        self.required = required
        self.optional = optional
        self.nullable = nullable
        self.deprecated = deprecated
        self.name = name
        self.type = type
        self.description = description
        self.since = since
        self.value = value
        self.values = values
        self.version = version
        self.defaultValue = defaultValue
        self.example = example
        self.method = method
        self.path = path
        self.execution = execution
        self.synchronous = synchronous
        self.asynchronous = asynchronous
        self.authentication = authentication
        self.authRequired = authRequired
        self.authNone = authNone
        self.operationID = operationID
        self.languages = languages
        self.requestInputs = requestInputs
        self.pathParameters = pathParameters
        self.queryParameters = queryParameters
        self.headers = headers
        self.bodyFields = bodyFields
        self.responses = responses
        self.requestExample = requestExample
        self.responseExample = responseExample
        self.status = status
        self.changeHistory = changeHistory
        self.noChangeHistory = noChangeHistory
        self.noFields = noFields
        self.endpoints = endpoints
        self.types = types
        self.kind = kind
        self.object = object
        self.enumeration = enumeration
        self.fields = fields
        self.usedBy = usedBy
        self.notUsed = notUsed
        self.endpoint = endpoint
        self.wrapperNote = wrapperNote
        self.outsideWrapperNote = outsideWrapperNote
        self.recursiveNote = recursiveNote
        self.errorNote = errorNote
        self.asyncNote = asyncNote
        self.deprecatedSince = deprecatedSince
        self.synthesizedExampleNote = synthesizedExampleNote
        self.queryListNote = queryListNote
        self.queryMapNote = queryMapNote
    }

    public static func == (lhs: MarkdownStrings, rhs: MarkdownStrings) -> Bool {
        lhs === rhs || lhs.words == rhs.words
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words)
    }

    /// Every string, in declaration order, for equality and hashing.
    private var words: [String] {
        [
            languageName, colon, listSeparator, required, optional, nullable, deprecated, name, type,
            description, since, value, values, version, defaultValue, example, method, path, execution,
            synchronous, asynchronous, authentication, authRequired, authNone, operationID, languages,
            requestInputs, pathParameters, queryParameters, headers, bodyFields, responses, requestExample,
            responseExample, status, changeHistory, noChangeHistory, noFields, endpoints, types, kind, object,
            enumeration, fields, usedBy, notUsed, endpoint, wrapperNote, outsideWrapperNote, recursiveNote,
            errorNote, asyncNote, deprecatedSince, synthesizedExampleNote, queryListNote, queryMapNote,
        ]
    }

    /// The table for `locale`; English for a locale without one.
    public static func forLocale(_ locale: String) -> MarkdownStrings {
        switch locale.lowercased() {
        case "zh-cn", "zh", "zh-hans", "zh-hans-cn": .chinese
        default: .english
        }
    }

    public static let english = MarkdownStrings(
        languageName: "English", colon: ": ", listSeparator: ", ",
        required: "Required", optional: "Optional", nullable: "Nullable", deprecated: "Deprecated",
        name: "Name", type: "Type", description: "Description", since: "Since", value: "Value", values: "Values",
        version: "Version", defaultValue: "Default", example: "Example",
        method: "Method", path: "Path", execution: "Execution", synchronous: "Synchronous",
        asynchronous: "Asynchronous", authentication: "Authentication", authRequired: "Auth Required",
        authNone: "No Auth Required", operationID: "Operation ID", languages: "Languages",
        requestInputs: "Request Inputs", pathParameters: "Path Parameters", queryParameters: "Query Parameters",
        headers: "Headers", bodyFields: "Body Fields", responses: "Responses", requestExample: "Request Example",
        responseExample: "Response Example", status: "Status", changeHistory: "Change History",
        noChangeHistory: "This API has no change history records yet.", noFields: "No fields.",
        endpoints: "Endpoints", types: "Types", kind: "Kind", object: "Object", enumeration: "Enum",
        fields: "Fields", usedBy: "Used By", notUsed: "No endpoint uses this type.", endpoint: "Endpoint",
        wrapperNote: "The body wraps these fields in {wrapper}.",
        outsideWrapperNote: "These fields stay at the top level of the body: {fields}.",
        recursiveNote: "Recursive: the same structure as {type}.",
        errorNote: "On failure, this API returns status {status} with the field {field}: {type}.",
        asyncNote: "This API runs asynchronously: it first returns status {status} with the field {field}, a URL to poll with GET until it returns the response below.",
        deprecatedSince: "Deprecated since {version}",
        synthesizedExampleNote: "The documentation has no response example: this one is synthesized from the response fields, and the mock server answers with it.",
        queryListNote: "{name} repeats once per value: {shape}.",
        queryMapNote: "{name} sends one item per entry: {shape}, once for each element of a list value.")

    public static let chinese = MarkdownStrings(
        languageName: "简体中文", colon: "：", listSeparator: "、",
        required: "必填", optional: "可选", nullable: "可为空", deprecated: "已废弃",
        name: "名称", type: "类型", description: "描述", since: "起始版本", value: "值", values: "取值",
        version: "版本", defaultValue: "默认值", example: "示例",
        method: "请求方法", path: "路径", execution: "执行方式", synchronous: "同步",
        asynchronous: "异步", authentication: "认证", authRequired: "需要认证",
        authNone: "无需认证", operationID: "操作 ID", languages: "语言",
        requestInputs: "请求参数", pathParameters: "路径参数", queryParameters: "查询参数",
        headers: "请求头", bodyFields: "请求体字段", responses: "响应", requestExample: "请求示例",
        responseExample: "响应示例", status: "状态码", changeHistory: "变更历史",
        noChangeHistory: "该 API 暂无变更历史记录。", noFields: "无字段。",
        endpoints: "接口", types: "类型", kind: "种类", object: "对象", enumeration: "枚举",
        fields: "字段", usedBy: "引用位置", notUsed: "没有接口使用该类型。", endpoint: "接口",
        wrapperNote: "请求体将这些字段包装在 {wrapper} 中。",
        outsideWrapperNote: "以下字段位于请求体顶层：{fields}。",
        recursiveNote: "递归结构：与 {type} 相同。",
        errorNote: "失败时，该 API 返回状态码 {status}，字段 {field} 的类型为 {type}。",
        asyncNote: "该 API 异步执行：先返回状态码 {status} 及字段 {field}（一个 URL），请用 GET 轮询该 URL，直到返回下面的响应。",
        deprecatedSince: "自 {version} 起废弃",
        synthesizedExampleNote: "文档未提供响应示例：以下示例由响应字段生成，模拟服务器即以此作答。",
        queryListNote: "{name} 每个值重复一次：{shape}。",
        queryMapNote: "{name} 每个条目发送一项：{shape}；列表值的每个元素各发送一项。")
}
