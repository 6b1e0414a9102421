import Foundation

/// The words a documentation page says itself (not the API's text), in one locale.
///
/// Templates print them as `{{strings.required}}`; sentences with a slot are filled in by
/// the render model. A locale without a table here gets English.
public struct MarkdownStrings: Sendable, Hashable {
    /// The locale's own name, for the language switcher (`English`, `简体中文`).
    public var languageName: String
    /// What follows a label: `": "` or the full-width `"："`.
    public var colon: String
    public var listSeparator: String

    public var required: String
    public var optional: String
    public var nullable: String
    public var deprecated: String
    public var name: String
    public var type: String
    public var description: String
    public var since: String
    public var value: String
    public var values: String
    public var version: String
    public var defaultValue: String
    public var example: String

    public var method: String
    public var path: String
    public var execution: String
    public var synchronous: String
    public var asynchronous: String
    public var authentication: String
    public var authRequired: String
    public var authNone: String
    public var operationID: String
    public var languages: String

    public var requestInputs: String
    public var pathParameters: String
    public var queryParameters: String
    public var headers: String
    public var bodyFields: String
    public var responses: String
    public var requestExample: String
    public var responseExample: String
    public var status: String
    public var changeHistory: String
    public var noChangeHistory: String
    public var noFields: String

    public var endpoints: String
    public var types: String
    public var kind: String
    public var object: String
    public var enumeration: String
    public var fields: String
    public var usedBy: String
    public var notUsed: String
    public var endpoint: String

    /// `{wrapper}` is the wrapper key, as code.
    public var wrapperNote: String
    /// `{fields}` lists the fields that stay at the top level.
    public var outsideWrapperNote: String
    /// `{type}` is a link to the type page.
    public var recursiveNote: String
    /// `{status}`, `{field}` and `{type}` are filled in.
    public var errorNote: String
    /// `{status}` and `{field}` are filled in.
    public var asyncNote: String
    /// `{version}` is filled in.
    public var deprecatedSince: String

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
        deprecatedSince: "Deprecated since {version}")

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
        deprecatedSince: "自 {version} 起废弃")

    /// `template` with each `{key}` replaced by its value, in one pass (a value that holds
    /// braces is never filled in again).
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}
