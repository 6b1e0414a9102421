/// The render model of a locale's `queries.md`: how the endpoints that follow `api.queries` filter,
/// sort and page, with the API's own parameter names, the order in which the server reads operators,
/// and the generated Swift client's paging method.
public struct MarkdownQueriesPage: Sendable {
    public var strings: MarkdownQueryStrings
    public var generalStrings: MarkdownStrings
    public var title: String
    public var hasLanguages: Bool
    public var languages: String
    public var intro: String
    public var conditionsText: String
    public var operators: [OperatorRow]
    public var readingText: String
    public var hasTimestampText: Bool
    public var timestampText: String
    public var parameters: [ParameterRow]
    public var pagingText: String
    public var swiftText: String
    public var swiftExample: MarkdownCodeBlock

    public struct OperatorRow: Sendable {
        public var `operator`: String
        public var meaning: String
        public var example: String
    }

    public struct ParameterRow: Sendable {
        public var name: String
        public var meaning: String
    }

    /// The operators as the table lists them, with the value each example compares.
    static let operators: [(text: String, value: String)] = [
        ("=", "web-1"), ("!=", "web-1"), (">", "m"), ("<", "m"), (">=", "m"), ("<=", "m"), ("?=", "web-1,web-2"),
        ("!?=", "web-1,web-2"), ("~=", "web-%"), ("!~=", "web-%"), (" is null", ""), (" not null", ""),
    ]

    /// The order in which ZStack's REST server looks for operators (`RestServer.QUERY_OP_MAPPING`); the
    /// generated client checks every condition against it.
    static let serverOrder = ["!=", ">=", "<=", "!?=", "!~=", "~=", "?=", "=", ">", "<", "is null", "not null"]

    /// Whether the docs have the page: some endpoint follows the API's query convention.
    static func isWritten(for model: APIModel) -> Bool {
        guard let queries = model.settings.queries else { return false }
        return model.endpoints.contains { QueryConventionChecker.follows($0, queries) }
    }

    /// The page, or nil when no endpoint follows the API's query convention.
    static func make(_ site: MarkdownSite, locale: MarkdownLocale) -> MarkdownQueriesPage? {
        guard let queries = site.model.settings.queries else { return nil }
        let endpoints = site.model.endpoints.filter { QueryConventionChecker.follows($0, queries) }
        guard let first = endpoints.first else { return nil }
        let strings = MarkdownQueryStrings.forLocale(locale.identifier)
        let here = MarkdownLayout.queries(locale.identifier)
        let links = endpoints.map { endpoint in
            "[\(MarkdownText.inline(locale.text(endpoint.title)))](\(MarkdownLayout.link(from: here, to: MarkdownLayout.endpoint(endpoint.operationID, locale: locale.identifier))))"
        }
        // The examples compare a text field of the first query's items, and a timestamp field of any query's.
        let itemTypes = endpoints.compactMap { endpoint in
            endpoint.response?.fields.first { $0.name == queries.items }?.type.namedType.flatMap(site.type(named:))
        }
        let textField = itemTypes.lazy.flatMap(\.fields).first { $0.type == .string && isIdentifier($0.name) }?.name ?? "name"
        let timeField = itemTypes.lazy.flatMap(\.fields).first { $0.type == .timestamp && isIdentifier($0.name) }?.name
        let operators = zip(Self.operators, strings.meanings).map { entry, meaning in
            OperatorRow(
                operator: MarkdownText.code(entry.text.hasPrefix(" ") ? String(entry.text.dropFirst()) : entry.text),
                meaning: meaning,
                example: MarkdownText.code("\(queries.conditions)=\(textField)\(entry.text)\(entry.value)"))
        }
        let settings = site.model.settings
        let timestampText = timeField.map { field in
            MarkdownStrings.fill(strings.timestampText, [
                "format": queries.timestampFormat, "zone": MarkdownText.inline(settings.timestamps.timeZone),
                "example": "\(field)>=\(exampleTimestamp(queries.timestampFormat))",
            ])
        }
        var parameters = [
            ParameterRow(name: MarkdownText.code(queries.limit), meaning: strings.limitMeaning),
            ParameterRow(name: MarkdownText.code(queries.start), meaning: strings.startMeaning),
        ]
        if let count = queries.count {
            parameters.append(ParameterRow(
                name: MarkdownText.code(count),
                meaning: MarkdownStrings.fill(strings.countMeaning, ["total": queries.total ?? "total"])))
        }
        if let sort = queries.sort {
            parameters.append(ParameterRow(name: MarkdownText.code(sort), meaning: strings.sortMeaning))
        }
        if let fields = queries.fields {
            parameters.append(ParameterRow(name: MarkdownText.code(fields), meaning: strings.fieldsMeaning))
        }
        let method = QueryConventionChecker.pagingMethodName(first.operationID)
        let sortedBy = queries.sort == nil ? "" : ", sortedBy: { $0.\(textField).ascending }"
        let example = """
            for try await item in client.\(method)(pageSize: 50\(sortedBy), where: { [$0.\(textField).isLike("web-%")] }) {
                print(item)
            }
            """
        let languages = MarkdownLanguageLinks.line(current: locale, locales: site.locales) { MarkdownLayout.queries($0) }
        return MarkdownQueriesPage(
            strings: strings, generalStrings: locale.strings, title: strings.title,
            hasLanguages: !languages.isEmpty, languages: languages,
            intro: MarkdownStrings.fill(strings.intro, [
                "api": MarkdownText.inline(site.title(in: locale)), "endpoints": links.joined(separator: locale.strings.listSeparator),
            ]),
            conditionsText: MarkdownStrings.fill(strings.conditionsText, ["conditions": queries.conditions]),
            operators: operators,
            readingText: MarkdownStrings.fill(strings.readingText, [
                "order": serverOrder.map(MarkdownText.code).joined(separator: locale.strings.listSeparator)
            ]),
            hasTimestampText: timestampText != nil, timestampText: timestampText ?? "",
            parameters: parameters,
            pagingText: MarkdownStrings.fill(strings.pagingText, [
                "limit": queries.limit, "start": queries.start, "total": queries.total ?? "total",
            ]),
            swiftText: MarkdownStrings.fill(strings.swiftText, ["method": method + "(_:pageSize:)"]),
            swiftExample: MarkdownCodeBlock(language: "swift", code: example))
    }

    /// Whether a field name can be written in a condition and in Swift as it is.
    private static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.first, !first.isNumber else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// 2017-01-06 08:00:00 written in `format`'s fields (`yyyy`, `MM`, `dd`, `HH`, `mm`, `ss`; others as they are).
    private static func exampleTimestamp(_ format: String) -> String {
        var text = format
        for (field, value) in [("yyyy", "2017"), ("MM", "01"), ("dd", "06"), ("HH", "08"), ("mm", "00"), ("ss", "00")] {
            text = text.replacingOccurrences(of: field, with: value)
        }
        return text
    }
}
