/// The render model of one named type's page: an object's fields or an enum's values, and
/// the endpoints and types that use it.
public struct MarkdownTypePage: Sendable {
    public var strings: MarkdownStrings
    /// `[API](../index.md) / [Types](../index.md#types)`
    public var breadcrumb: String
    public var title: String
    public var hasLanguages: Bool
    public var languages: String
    public var kind: String
    public var hasDescription: Bool
    public var description: String
    public var isObject: Bool
    /// The object's fields.
    public var hasRows: Bool
    public var rows: [MarkdownFieldRow]
    public var isEnumeration: Bool
    public var values: [ValueRow]
    /// Links to the endpoints and types that use this type.
    public var hasUsers: Bool
    public var users: [String]

    public struct ValueRow: Sendable, Hashable {
        public var value: String
        public var description: String
    }

    static func make(_ type: NamedType, site: MarkdownSite, locale: MarkdownLocale, anchors: MarkdownIndexPage.Anchors) -> MarkdownTypePage {
        let strings = locale.strings
        let here = MarkdownLayout.type(type.name, locale: locale.identifier)
        let index = MarkdownLayout.index(locale.identifier)
        let table = MarkdownFieldTable(site: site, locale: locale, page: here, expandsTypes: false)
        let breadcrumb = [
            "[\(MarkdownText.inline(site.title(in: locale)))](\(MarkdownLayout.link(from: here, to: index)))",
            "[\(MarkdownText.inline(strings.types))](\(MarkdownLayout.link(from: here, to: index, anchor: anchors.types)))",
        ].joined(separator: " / ")

        let endpointUsers = (site.usage.endpoints[type.name] ?? []).map { endpoint in
            let link = MarkdownLayout.link(from: here, to: MarkdownLayout.endpoint(endpoint.operationID, locale: locale.identifier))
            return "[\(MarkdownText.inline(locale.text(endpoint.title)))](\(link)) (\(MarkdownText.code(endpoint.operationID)))"
        }
        let typeUsers = (site.usage.types[type.name] ?? []).map { table.typeLink($0, text: MarkdownText.code($0)) }
        let users = endpointUsers + typeUsers

        let description = MarkdownText.block(locale.text(type.description))
        let fields = table.rows(type.fields)
        let values = type.values.map {
            ValueRow(value: MarkdownText.code($0.value), description: MarkdownText.cell(locale.text($0.description)))
        }
        let isObject = if case .object = type.kind { true } else { false }
        let languages = MarkdownLanguageLinks.line(current: locale, locales: site.locales) { MarkdownLayout.type(type.name, locale: $0) }
        return MarkdownTypePage(
            strings: strings, breadcrumb: breadcrumb, title: MarkdownText.singleLine(type.name),
            hasLanguages: !languages.isEmpty, languages: languages,
            kind: MarkdownIndexPage.kindName(type, strings: strings),
            hasDescription: !description.isEmpty, description: description,
            isObject: isObject, hasRows: !fields.isEmpty, rows: fields,
            isEnumeration: !isObject, values: values,
            hasUsers: !users.isEmpty, users: users)
    }
}
