import Foundation

/// The API model as an OpenAPI 3.1 document: info, tags, paths (`OpenAPIPaths`) and components
/// (`OpenAPISchemas`), as a JSON value whose members keep the order they are written in.
struct OpenAPIDocument {
    static let version = "3.1.0"

    let model: APIModel
    let locale: String

    func build() -> JSONValue {
        let text = OpenAPIText(locale: locale, fallbacks: model.settings.locales)
        let schemas = OpenAPISchemas(model: model, text: text)
        var info: [JSONValue.Member] = [
            .init(key: "title", value: .string(text.main(model.settings.title) ?? model.settings.name)),
            .init(key: "version", value: .string(apiVersion)),
        ]
        info += text.otherLocales(model.settings.title, key: "x-apigen-title")
        let auth = model.settings.auth
        let security = OpenAPISchemas.object([
            "type": .string("apiKey"),
            "in": .string("header"),
            "name": .string(auth.header),
            "description": .string("The header's value is `\(auth.value)`."),
        ])
        let tags = Set(model.endpoints.filter { !$0.category.isEmpty }.map { OpenAPIPaths.tag($0.category) }).sorted()
        var members: [JSONValue.Member] = [
            .init(key: "openapi", value: .string(Self.version)),
            .init(key: "info", value: .object(info)),
        ]
        if !tags.isEmpty { members.append(.init(key: "tags", value: .array(tags.map { OpenAPISchemas.object(["name": .string($0)]) }))) }
        members += [
            .init(key: "paths", value: .object(OpenAPIPaths(model: model, schemas: schemas).paths())),
            .init(key: "components", value: .object([
                .init(key: "schemas", value: .object(schemas.components())),
                .init(key: "securitySchemes", value: .object([.init(key: OpenAPIPaths.securityScheme, value: security)])),
            ])),
        ]
        return .object(members)
    }

    /// The newest `since` of the corpus, which the document describes; `unversioned` without one.
    private var apiVersion: String {
        let versions = model.endpoints.compactMap(\.since)
        return versions.max { $0.compare($1, options: .numeric) == .orderedAscending } ?? "unversioned"
    }

    /// The document as YAML: objects as blocks (a short one of scalars on one line), lists of
    /// scalars on one line, other lists as blocks.
    static func yaml(_ value: JSONValue) -> YAMLOutput {
        switch value {
        case .null: .literal("null")
        case .bool(let flag): .literal(flag ? "true" : "false")
        case .number(let number): .literal(number)
        case .string(let text): .text(text)
        case .array(let items):
            items.allSatisfy(\.isScalar) ? .list(items.map(yaml)) : .blockList(items.map(yaml))
        case .object(let members):
            members.count <= 3 && members.allSatisfy { $0.value.isScalar && $0.value.shortText }
                ? .inline(members.map { ($0.key, yaml($0.value)) })
                : .block(members.map { ($0.key, yaml($0.value)) })
        }
    }
}

private extension JSONValue {
    var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// A scalar short enough to share a line with others.
    var shortText: Bool {
        if case .string(let text) = self { return text.count <= 40 && !text.contains("\n") }
        return true
    }
}
