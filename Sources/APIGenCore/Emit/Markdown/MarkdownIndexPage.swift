/// The render model of a locale's `index.md`: endpoints nested by category, then the types.
public struct MarkdownIndexPage: Sendable {
    public var strings: MarkdownStrings
    public var title: String
    public var hasLanguages: Bool
    public var languages: String
    /// A link to the page on query conditions and paging, when the API has one.
    public var hasQueriesLink: Bool
    public var queriesLink: String
    /// Categories in page order, each with its heading already marked (`### VM Related Interfaces`).
    public var sections: [Section]
    public var hasTypes: Bool
    public var types: [TypeRow]

    public struct Section: Sendable {
        public var hasHeading: Bool
        public var heading: String
        public var hasEndpoints: Bool
        public var endpoints: [EndpointRow]
    }

    public struct EndpointRow: Sendable {
        /// The title linked to the endpoint page.
        public var link: String
        public var method: String
        public var path: String
        public var since: String
    }

    public struct TypeRow: Sendable {
        public var link: String
        public var kind: String
        public var description: String
    }

    /// The anchors of the index's headings, so other pages can link to a category.
    struct Anchors {
        /// Breadcrumb -> anchor of its heading.
        var categories: [[String]: String] = [:]
        var types = ""
    }

    /// The page and its heading anchors, computed in page order like GitHub does.
    static func make(_ site: MarkdownSite, locale: MarkdownLocale) -> (MarkdownIndexPage, Anchors) {
        let strings = locale.strings
        let here = MarkdownLayout.index(locale.identifier)
        var headings = HeadingAnchors()
        var anchors = Anchors()
        let apiTitle = MarkdownText.singleLine(site.title(in: locale))
        _ = headings.next(MarkdownText.renderedSingleLine(site.title(in: locale)))
        _ = headings.next(strings.endpoints)

        var sections: [Section] = []
        for category in MarkdownCategoryTree(site.model.endpoints).preorder {
            var heading = ""
            if !category.path.isEmpty {
                anchors.categories[category.path] = headings.next(MarkdownText.renderedSingleLine(category.name))
                let level = min(6, 2 + category.path.count)
                heading = String(repeating: "#", count: level) + " " + MarkdownText.singleLine(category.name)
            }
            let rows = category.endpoints.map { endpoint in
                EndpointRow(
                    link: "[\(MarkdownText.inline(locale.text(endpoint.title)))](\(MarkdownLayout.link(from: here, to: MarkdownLayout.endpoint(endpoint.operationID, locale: locale.identifier))))"
                        + (endpoint.deprecation == nil ? "" : " (\(strings.deprecated))"),
                    method: MarkdownText.code(endpoint.method.rawValue),
                    path: MarkdownText.code(endpoint.path),
                    since: MarkdownText.inline(endpoint.since ?? ""))
            }
            if heading.isEmpty && rows.isEmpty { continue }
            sections.append(Section(hasHeading: !heading.isEmpty, heading: heading, hasEndpoints: !rows.isEmpty, endpoints: rows))
        }
        anchors.types = headings.next(strings.types)

        let types = site.model.types.map { type in
            TypeRow(
                link: "[\(MarkdownText.code(type.name))](\(MarkdownLayout.link(from: here, to: MarkdownLayout.type(type.name, locale: locale.identifier))))",
                kind: kindName(type, strings: strings),
                description: MarkdownText.cell(locale.text(type.description)))
        }
        let languages = MarkdownLanguageLinks.line(current: locale, locales: site.locales) { MarkdownLayout.index($0) }
        let queriesTitle = MarkdownQueryStrings.forLocale(locale.identifier).title
        let queriesLink = MarkdownQueriesPage.isWritten(for: site.model)
            ? "[\(MarkdownText.inline(queriesTitle))](\(MarkdownLayout.link(from: here, to: MarkdownLayout.queries(locale.identifier))))"
            : ""
        let page = MarkdownIndexPage(
            strings: strings, title: apiTitle, hasLanguages: !languages.isEmpty, languages: languages,
            hasQueriesLink: !queriesLink.isEmpty, queriesLink: queriesLink,
            sections: sections, hasTypes: !types.isEmpty, types: types)
        return (page, anchors)
    }

    static func kindName(_ type: NamedType, strings: MarkdownStrings) -> String {
        if case .object = type.kind { return strings.object }
        return strings.enumeration
    }
}
