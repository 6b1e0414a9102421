/// The words of the page on query conditions and paging (`queries.md`), in one locale; `{key}`
/// slots are filled in by ``MarkdownQueriesPage``. A locale without a table gets English.
public struct MarkdownQueryStrings: Sendable, Hashable {
    public let title: String
    /// `{api}` is the API's title, `{endpoints}` links to its query endpoints.
    public let intro: String
    public let conditions: String
    /// `{conditions}` is the conditions parameter.
    public let conditionsText: String
    public let `operator`: String
    public let meaning: String
    public let example: String
    /// One meaning per operator, in ``MarkdownQueriesPage/operators`` order.
    public let meanings: [String]
    public let reading: String
    /// `{order}` lists the operators in the server's order.
    public let readingText: String
    /// `{format}` is the timestamp pattern, `{zone}` the server's time zone, `{example}` a condition.
    public let timestampText: String
    public let paging: String
    public let parameter: String
    public let limitMeaning: String
    public let startMeaning: String
    /// `{total}` is the reply's total field.
    public let countMeaning: String
    public let sortMeaning: String
    public let fieldsMeaning: String
    /// `{limit}`, `{start}`, `{total}` are filled in.
    public let pagingText: String
    public let swiftClient: String
    /// `{method}` is the paging method.
    public let swiftText: String
    /// On a query endpoint's page; `{link}` links to this page.
    public let endpointNote: String

    /// The table for `locale` (the locales of ``MarkdownStrings/forLocale(_:)``); English for a locale without one.
    public static func forLocale(_ locale: String) -> MarkdownQueryStrings {
        switch locale.lowercased() {
        case "zh-cn", "zh", "zh-hans", "zh-hans-cn": .chinese
        default: .english
        }
    }

    public static let english = MarkdownQueryStrings(
        title: "Query Conditions and Paging",
        intro: "The query endpoints of {api} filter, sort and page what they find in the same way: {endpoints}.",
        conditions: "Conditions",
        conditionsText: "Each `{conditions}` parameter is one condition: a field, an operator and a value. Repeat `{conditions}` for more conditions; an item must meet all of them. A field of a nested object or list is named after its parent with a dot (`parent.field`); for a list, an item matches when one of its elements does.",
        operator: "Operator", meaning: "Meaning", example: "Example",
        meanings: [
            "equals", "does not equal", "is greater than", "is less than", "is greater than or equal to",
            "is less than or equal to", "equals one of the values, separated by commas", "equals none of the values",
            "matches an SQL `LIKE` pattern: `%` any text, `_` one character", "does not match the pattern",
            "has no value", "has a value",
        ],
        reading: "How the server reads a condition",
        readingText: "The server looks for the operators in this order and splits the condition at the first one it finds anywhere in it: {order}. A value that contains an operator earlier in that order than its condition's own is read as another condition. The values of a list are split at commas and each is trimmed of white space; an empty last value is dropped. Values are otherwise taken as they are, spaces, `=` and any script included, percent-encoded in the URL.",
        timestampText: "A timestamp in a condition is written `{format}`, in the server's time zone ({zone}): `{example}`.",
        paging: "Paging and sorting",
        parameter: "Parameter",
        limitMeaning: "The most items one reply holds",
        startMeaning: "How many matching items to skip",
        countMeaning: "`true` adds `{total}`, the number of all matching items, to the reply",
        sortMeaning: "The order of the items: `+field` ascending, `-field` descending",
        fieldsMeaning: "Only these fields of each item, separated by commas",
        pagingText: "To read every matching item, ask for `{limit}` items at `{start}` 0, then at `{limit}`, twice `{limit}` and so on, until `{start}` reaches `{total}` or a reply holds fewer items than asked for. Sort the items so that they keep their order between calls.",
        swiftClient: "In the generated Swift client",
        swiftText: "The generated Swift client gives each query endpoint a paging method, such as `{method}`: every matching item as an `AsyncSequence` that fetches one page per call while it is read, with typed conditions and sorting built from the item type's fields. A condition that the server would misread is refused before anything is sent:",
        endpointNote: "This endpoint is a query: see {link} for its conditions, paging and sorting.")

    public static let chinese = MarkdownQueryStrings(
        title: "查询条件与分页",
        intro: "{api} 的查询接口以相同方式过滤、排序和分页：{endpoints}。",
        conditions: "查询条件",
        conditionsText: "每个 `{conditions}` 参数是一个条件：字段、运算符和值。多个条件请重复 `{conditions}`；结果须满足全部条件。嵌套对象或列表的字段以父字段加点号命名（`parent.field`）；对列表而言，只要其中一个元素满足条件，该记录即匹配。",
        operator: "运算符", meaning: "含义", example: "示例",
        meanings: [
            "等于", "不等于", "大于", "小于", "大于或等于", "小于或等于", "等于以逗号分隔的值之一", "不等于其中任何一个值",
            "匹配 SQL `LIKE` 模式：`%` 表示任意文本，`_` 表示一个字符", "不匹配该模式", "没有值", "有值",
        ],
        reading: "服务器如何解析条件",
        readingText: "服务器按以下顺序查找运算符，并在条件中任意位置找到的第一个运算符处拆分条件：{order}。若值中含有在该顺序中排在其自身运算符之前的运算符，条件会被解析为另一个条件。列表的值以逗号拆分，并去除每个值两端的空白；末尾的空值会被丢弃。除此之外值按原样传递，包括空格、`=` 和任何文字，在 URL 中进行百分号编码。",
        timestampText: "条件中的时间戳写作 `{format}`，使用服务器的时区（{zone}）：`{example}`。",
        paging: "分页与排序",
        parameter: "参数",
        limitMeaning: "一次响应最多返回的记录数",
        startMeaning: "跳过的匹配记录数",
        countMeaning: "为 `true` 时在响应中加入 `{total}`，即全部匹配记录的数量",
        sortMeaning: "记录的顺序：`+字段` 升序，`-字段` 降序",
        fieldsMeaning: "每条记录只返回这些字段，以逗号分隔",
        pagingText: "要读取全部匹配记录，请以 `{start}` 为 0 请求 `{limit}` 条记录，然后依次为 `{limit}`、两倍 `{limit}` 等，直到 `{start}` 达到 `{total}`，或某次响应的记录数少于请求的数量。请指定排序，使记录在多次调用之间保持顺序。",
        swiftClient: "在生成的 Swift 客户端中",
        swiftText: "生成的 Swift 客户端为每个查询接口提供分页方法，例如 `{method}`：将全部匹配记录作为 `AsyncSequence` 返回，在读取时每次调用获取一页；类型化的条件和排序由记录类型的字段构成。服务器会误解的条件在发送前即被拒绝：",
        endpointNote: "该接口是查询接口：其查询条件、分页和排序见{link}。")
}
