import Foundation

/// Flattens fields into table rows. On an endpoint page named object types are expanded in
/// place, their fields following with name paths (`inventory.qgaState`), the way the
/// documentation page nests them; a type already being expanded further up is not expanded
/// again (`ErrorCode.cause`) but links to its type page. Enum values are listed with their
/// text in the field's description.
struct MarkdownFieldTable {
    let site: MarkdownSite
    let locale: MarkdownLocale
    /// The page the rows appear on, for relative links.
    let page: String
    /// Whether named object types are expanded in place (endpoint pages) or only linked
    /// (type pages).
    let expandsTypes: Bool
    /// Whether a string default or example shows as its bare text (parameters, which travel
    /// in a URL or header) rather than as JSON (body and response fields).
    var showsBareStrings = false
    /// Links from `page` to type pages.
    private let typeLinks: MarkdownSite.TypePageLinks

    init(site: MarkdownSite, locale: MarkdownLocale, page: String, expandsTypes: Bool) {
        self.site = site
        self.locale = locale
        self.page = page
        self.expandsTypes = expandsTypes
        self.typeLinks = site.typePageLinks(from: page, locale: locale.identifier)
    }

    /// How deep expansion goes even without recursion, so a long chain of types stays readable.
    static let maximumDepth = 8

    private var strings: MarkdownStrings { locale.strings }

    /// The rows for `fields`, each name prefixed with `prefix` (`params.` inside a wrapper).
    func rows(_ fields: [Field], prefix: String = "") -> [MarkdownFieldRow] {
        var rows: [MarkdownFieldRow] = []
        for field in fields {
            append(field, path: prefix + field.name, ancestors: [], depth: 0, to: &rows)
        }
        return rows
    }

    private func append(_ field: Field, path: String, ancestors: [String], depth: Int, to rows: inout [MarkdownFieldRow]) {
        let namedType = field.type.namedType.flatMap { site.type(named: $0) }
        let isRecursive = namedType.map { ancestors.contains($0.name) } ?? false
        var notes = [MarkdownText.cell(locale.text(field.description))]
        if let deprecation = field.deprecation { notes.append(deprecationNote(deprecation)) }
        if let value = field.defaultValue { notes.append(labelled(strings.defaultValue, valueText(value))) }
        if let value = field.example { notes.append(labelled(strings.example, valueText(value))) }
        if let namedType, case .enumeration(let values) = namedType.kind { notes.append(valueList(values)) }
        if let namedType, isRecursive, expandsTypes {
            notes.append(MarkdownStrings.fill(strings.recursiveNote, ["type": typeLink(namedType.name, text: MarkdownText.code(namedType.name))]))
        }
        var badge = field.isRequired ? strings.required : strings.optional
        if field.isNullable { badge += strings.listSeparator + strings.nullable }
        rows.append(MarkdownFieldRow(
            name: MarkdownText.code(path),
            type: typeCell(field),
            required: badge,
            description: notes.filter { !$0.isEmpty }.joined(separator: "<br>"),
            since: MarkdownText.inline(field.since ?? ""),
            depth: depth))

        guard expandsTypes, let namedType, !isRecursive, depth < Self.maximumDepth,
            case .object(let children) = namedType.kind
        else { return }
        let childPrefix = path + Self.containerSuffix(field.type) + "."
        for child in children {
            append(child, path: childPrefix + child.name, ancestors: ancestors + [namedType.name], depth: depth + 1, to: &rows)
        }
    }

    /// The type as written, linked to the type page of the named type it mentions.
    func typeCell(_ field: Field) -> String {
        let spelling = MarkdownText.code(field.typeSpelling)
        guard let name = field.type.namedType, site.type(named: name) != nil else { return spelling }
        return typeLink(name, text: spelling)
    }

    func typeLink(_ name: String, text: String) -> String {
        "[\(text)](\(typeLinks.link(to: name)))"
    }

    /// `Values:` then one `` `Wire`: text `` per line.
    func valueList(_ values: [EnumValue]) -> String {
        let lines = values.map { value in
            let text = MarkdownText.cell(locale.text(value.description))
            return MarkdownText.code(value.value) + (text.isEmpty ? "" : strings.colon + text)
        }
        return (["**\(strings.values)**\(strings.colon.trimmingCharacters(in: .whitespaces))"] + lines).joined(separator: "<br>")
    }

    func deprecationNote(_ deprecation: Deprecation) -> String {
        let title = deprecation.since.map {
            MarkdownStrings.fill(strings.deprecatedSince, ["version": MarkdownText.inline($0)])
        } ?? strings.deprecated
        let message = MarkdownText.cell(locale.text(deprecation.message))
        return "**\(title)**" + (message.isEmpty ? "" : strings.colon + message)
    }

    private func valueText(_ value: JSONValue) -> String {
        if showsBareStrings, case .string(let text) = value, !text.isEmpty { return MarkdownText.code(text) }
        return MarkdownText.code(value.compactText)
    }

    private func labelled(_ label: String, _ value: String) -> String {
        label + strings.colon + value
    }

    /// `[]` for each list level and `.*` for each map level between a field and its type's
    /// fields (`inventories[].uuid`).
    static func containerSuffix(_ type: TypeReference) -> String {
        switch type {
        case .list(let element): "[]" + containerSuffix(element)
        case .map(let value): ".*" + containerSuffix(value)
        default: ""
        }
    }
}
