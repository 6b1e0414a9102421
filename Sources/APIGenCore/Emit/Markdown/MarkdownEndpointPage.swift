import Foundation

/// The render model of one endpoint page: every fact of the documentation page, in one locale.
public struct MarkdownEndpointPage: Sendable {
    public var strings: MarkdownStrings
    /// `[API](../index.md) / [Category](../index.md#category) / ...`
    public var breadcrumb: String
    public var title: String
    public var hasLanguages: Bool
    public var languages: String
    public var hasDeprecation: Bool
    public var deprecation: String
    /// Method, path, since, execution, authentication, operation id.
    public var summary: [MarkdownSummaryItem]
    public var hasDescription: Bool
    public var description: String
    public var hasRequestSections: Bool
    public var requestSections: [MarkdownFieldSection]
    public var hasResponses: Bool
    public var responses: [MarkdownFieldSection]
    /// The curl command.
    public var requestExample: MarkdownCodeBlock
    public var hasResponseExample: Bool
    public var responseExampleStatus: String
    public var hasResponseExampleBody: Bool
    /// The documentation has no response example: the one shown is synthesized from the response fields.
    public var isSynthesizedExample: Bool
    public var responseExample: MarkdownCodeBlock
    public var hasHistory: Bool
    public var history: [MarkdownHistoryRow]

    static func make(_ endpoint: Endpoint, site: MarkdownSite, locale: MarkdownLocale, anchors: MarkdownIndexPage.Anchors) -> MarkdownEndpointPage {
        let strings = locale.strings
        let settings = site.model.settings
        let here = MarkdownLayout.endpoint(endpoint.operationID, locale: locale.identifier)
        let table = MarkdownFieldTable(site: site, locale: locale, page: here, expandsTypes: true)
        let index = MarkdownLayout.index(locale.identifier)

        var crumbs = ["[\(MarkdownText.inline(site.title(in: locale)))](\(MarkdownLayout.link(from: here, to: index)))"]
        for depth in endpoint.category.indices {
            let path = Array(endpoint.category[...depth])
            crumbs.append("[\(MarkdownText.inline(endpoint.category[depth]))](\(MarkdownLayout.link(from: here, to: index, anchor: anchors.categories[path] ?? "")))")
        }

        var auth = strings.authNone
        if endpoint.auth == .required {
            auth = strings.authRequired + strings.colon + MarkdownText.code("\(settings.auth.header): \(settings.auth.value)")
        }
        var summary = [
            MarkdownSummaryItem(label: strings.method, value: MarkdownText.code(endpoint.method.rawValue)),
            MarkdownSummaryItem(label: strings.path, value: MarkdownText.code(endpoint.path)),
        ]
        if let since = endpoint.since { summary.append(MarkdownSummaryItem(label: strings.since, value: MarkdownText.inline(since))) }
        summary += [
            MarkdownSummaryItem(label: strings.execution, value: endpoint.execution == .synchronous ? strings.synchronous : strings.asynchronous),
            MarkdownSummaryItem(label: strings.authentication, value: auth),
            MarkdownSummaryItem(label: strings.operationID, value: MarkdownText.code(endpoint.operationID)),
        ]

        var requestSections = Self.requestSections(endpoint, table: table, strings: strings)
        if let queries = settings.queries, QueryConventionChecker.follows(endpoint, queries),
            let index = requestSections.firstIndex(where: { $0.title == strings.queryParameters })
        {
            let title = MarkdownQueryStrings.forLocale(locale.identifier).title
            let link = "[\(MarkdownText.inline(title))](\(MarkdownLayout.link(from: here, to: MarkdownLayout.queries(locale.identifier))))"
            let note = MarkdownStrings.fill(MarkdownQueryStrings.forLocale(locale.identifier).endpointNote, ["link": link])
            requestSections[index].notes.insert(note, at: 0)
        }
        let responses = Self.responseSections(endpoint, site: site, table: table, strings: strings)

        let description = MarkdownText.block(locale.text(endpoint.description))
        let deprecation = endpoint.deprecation.map { table.deprecationNote($0) } ?? ""
        let languages = MarkdownLanguageLinks.line(current: locale, locales: site.locales) {
            MarkdownLayout.endpoint(endpoint.operationID, locale: $0)
        }
        let responseExample = endpoint.examples.response
        // Without a documented example, the reply that the mock synthesizes (an endpoint without a response has none).
        let shownExample = responseExample ?? endpoint.response.map {
            Endpoint.ResponseExample(status: $0.status, body: site.synthesizer.reply(for: endpoint))
        }
        let history = endpoint.history.map {
            MarkdownHistoryRow(version: MarkdownText.inline($0.version), description: MarkdownText.cell(locale.text($0.description)))
        }
        return MarkdownEndpointPage(
            strings: strings,
            breadcrumb: crumbs.joined(separator: " / "),
            title: MarkdownText.singleLine(locale.text(endpoint.title)),
            hasLanguages: !languages.isEmpty, languages: languages,
            hasDeprecation: !deprecation.isEmpty, deprecation: deprecation,
            summary: summary,
            hasDescription: !description.isEmpty, description: description,
            hasRequestSections: !requestSections.isEmpty, requestSections: requestSections,
            hasResponses: !responses.isEmpty, responses: responses,
            requestExample: MarkdownCodeBlock(language: "bash", code: CurlExample.command(for: endpoint, settings: settings)),
            hasResponseExample: shownExample != nil,
            responseExampleStatus: shownExample.map { HTTPStatusText.line($0.status) } ?? "",
            hasResponseExampleBody: shownExample?.body != nil,
            isSynthesizedExample: responseExample == nil && shownExample != nil,
            responseExample: MarkdownCodeBlock(language: "json", code: shownExample?.body?.prettyText ?? ""),
            hasHistory: !history.isEmpty, history: history)
    }

    /// Path, query, header and body tables; the request example's values fill in a
    /// parameter's example when the field gives none.
    static func requestSections(_ endpoint: Endpoint, table: MarkdownFieldTable, strings: MarkdownStrings) -> [MarkdownFieldSection] {
        let example = endpoint.examples.request ?? Endpoint.RequestExample()
        var sections: [MarkdownFieldSection] = []
        let parameterTables = [
            (strings.pathParameters, endpoint.pathParameters, example.path),
            (strings.queryParameters, endpoint.queryParameters, example.query),
            (strings.headers, endpoint.headers, example.headers),
        ]
        var parameterTable = table
        parameterTable.showsBareStrings = true
        for (title, fields, values) in parameterTables where !fields.isEmpty {
            let withExamples = fields.map { field in
                var field = field
                if field.example == nil { field.example = values.first { $0.key == field.name }?.value }
                return field
            }
            let notes = title == strings.queryParameters ? queryEncodingNotes(fields, strings: strings) : []
            sections.append(section(title, notes: notes, rows: parameterTable.rows(withExamples)))
        }
        if let body = endpoint.body, !body.fields.isEmpty {
            var notes: [String] = []
            var rows: [MarkdownFieldRow] = []
            if let wrapper = body.wrapper {
                let shape = JSONValue.object([JSONValue.Member(key: wrapper, value: .object([]))]).compactText
                notes.append(MarkdownStrings.fill(strings.wrapperNote, ["wrapper": MarkdownText.code(shape.replacingOccurrences(of: "{}", with: "{...}"))]))
                rows += table.rows(body.wrappedFields, prefix: wrapper + ".")
                if !body.topLevelFields.isEmpty {
                    let names = body.topLevelFields.map { MarkdownText.code($0.name) }.joined(separator: strings.listSeparator)
                    notes.append(MarkdownStrings.fill(strings.outsideWrapperNote, ["fields": names]))
                    rows += table.rows(body.topLevelFields)
                }
            } else {
                rows = table.rows(body.fields)
            }
            sections.append(section(strings.bodyFields, notes: notes, rows: rows))
        }
        return sections
    }

    /// How list and map query parameters travel in the query string, one note each.
    static func queryEncodingNotes(_ fields: [Field], strings: MarkdownStrings) -> [String] {
        fields.compactMap { field in
            let name = MarkdownText.code(field.name)
            switch field.type {
            case .list:
                return MarkdownStrings.fill(strings.queryListNote, ["name": name, "shape": MarkdownText.code("\(field.name)=a&\(field.name)=b")])
            case .map, .opaqueObject:
                return MarkdownStrings.fill(strings.queryMapNote, ["name": name, "shape": MarkdownText.code("\(field.name).key=value")])
            default:
                return nil
            }
        }
    }

    /// For an asynchronous API the accepted status first, then the documented reply, then
    /// the failure statuses.
    static func responseSections(_ endpoint: Endpoint, site: MarkdownSite, table: MarkdownFieldTable, strings: MarkdownStrings) -> [MarkdownFieldSection] {
        let settings = site.model.settings
        var sections: [MarkdownFieldSection] = []
        if endpoint.execution == .asynchronous {
            let note = MarkdownStrings.fill(strings.asyncNote, [
                "status": String(settings.async.acceptedStatus), "field": MarkdownText.code(settings.async.locationField),
            ])
            sections.append(section(HTTPStatusText.line(settings.async.acceptedStatus), notes: [note]))
        }
        if let response = endpoint.response {
            let description = MarkdownText.block(table.locale.text(response.description))
            let rows = table.rows(response.fields)
            var section = section(HTTPStatusText.line(response.status), notes: description.isEmpty ? [] : [description], rows: rows)
            if rows.isEmpty {
                section.notes.append(strings.noFields)
            }
            sections.append(section)
        }
        let errorType = site.type(named: settings.errors.type).map {
            table.typeLink($0.name, text: MarkdownText.code($0.name))
        } ?? MarkdownText.code(settings.errors.type)
        for status in settings.errors.statuses {
            let note = MarkdownStrings.fill(strings.errorNote, [
                "status": String(status), "field": MarkdownText.code(settings.errors.field), "type": errorType,
            ])
            sections.append(section(HTTPStatusText.line(status), notes: [note]))
        }
        return sections
    }

    private static func section(_ title: String, notes: [String] = [], rows: [MarkdownFieldRow] = []) -> MarkdownFieldSection {
        MarkdownFieldSection(title: title, notes: notes, hasRows: !rows.isEmpty, rows: rows)
    }
}
