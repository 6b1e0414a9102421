/// JSON Schemas (OpenAPI 3.1's dialect) for apigen's types, fields and named types.
///
/// They say what the wire carries, as apigen's generated code reads it: enums are open (a
/// documented value or any other string), replies may leave out any field (the spec's Required
/// badge is `x-apigen-required`, not JSON Schema's `required`), and timestamps are strings in the
/// API's own format.
struct OpenAPISchemas {
    let model: APIModel
    let text: OpenAPIText

    /// `#/components/schemas/Name`.
    static func reference(_ name: String) -> JSONValue {
        .object([.init(key: "$ref", value: .string("#/components/schemas/" + name))])
    }

    /// The schema of a type expression.
    func schema(of type: TypeReference) -> JSONValue {
        switch type {
        case .string: Self.object(["type": .string("string")])
        case .boolean: Self.object(["type": .string("boolean")])
        case .integer: Self.object(["type": .string("integer"), "format": .string("int32")])
        case .long: Self.object(["type": .string("integer"), "format": .string("int64")])
        case .float: Self.object(["type": .string("number"), "format": .string("float")])
        case .double: Self.object(["type": .string("number"), "format": .string("double")])
        case .timestamp: Self.reference(Self.timestampName)
        case .opaqueObject: Self.object(["type": .string("object")])
        case .json: .object([])
        case .list(let element): Self.object(["type": .string("array"), "items": schema(of: element)])
        case .map(let value): Self.object(["type": .string("object"), "additionalProperties": schema(of: value)])
        case .named(let name): Self.reference(name)
        }
    }

    /// A field's schema: its type's, with its description, nullability, since, deprecation, default
    /// and example. `acceptsNull` also lets null stand for the field (an optional request field,
    /// which the server reads as absent).
    func schema(of field: Field, acceptsNull: Bool = false) -> JSONValue {
        var members: [JSONValue.Member] = []
        var typeSchema = schema(of: field.type)
        if field.isNullable || acceptsNull {
            typeSchema = .object([.init(key: "anyOf", value: .array([typeSchema, Self.object(["type": .string("null")])]))])
        }
        // A `$ref` may stand beside other keywords in OpenAPI 3.1, so the field's own words stay with it.
        if case .object(let typeMembers) = typeSchema { members += typeMembers }
        if let description = text.main(field.description) { members.append(.init(key: "description", value: .string(description))) }
        members += text.otherLocales(field.description, key: "x-apigen-description")
        if let deprecation = field.deprecation {
            members.append(.init(key: "deprecated", value: .bool(true)))
            if let since = deprecation.since { members.append(.init(key: "x-apigen-deprecated-since", value: .string(since))) }
        }
        if let since = field.since { members.append(.init(key: "x-apigen-since", value: .string(since))) }
        if let defaultValue = field.defaultValue { members.append(.init(key: "default", value: defaultValue)) }
        if let example = field.example { members.append(.init(key: "examples", value: .array([example]))) }
        return .object(members)
    }

    /// An object of `fields`; `required` lists the ones JSON Schema must insist on (request
    /// fields marked required; none in replies, where the badge is documentation only). Every
    /// other field may also be null: a reply may carry null for any field, and a server reads a
    /// null request field as an absent one.
    func object(_ fields: [Field], requireRequiredFields: Bool) -> JSONValue {
        var members: [JSONValue.Member] = [.init(key: "type", value: .string("object"))]
        if !fields.isEmpty {
            members.append(.init(key: "properties", value: .object(fields.map { field in
                .init(key: field.name, value: schema(of: field, acceptsNull: !(requireRequiredFields && field.isRequired)))
            })))
        }
        let required = fields.filter(\.isRequired).map { JSONValue.string($0.name) }
        if !required.isEmpty {
            members.append(.init(key: requireRequiredFields ? "required" : "x-apigen-required", value: .array(required)))
        }
        return .object(members)
    }

    /// The components: every named type, and the API's timestamp.
    func components() -> [JSONValue.Member] {
        var schemas: [JSONValue.Member] = model.types.sorted { $0.name < $1.name }.map { .init(key: $0.name, value: schema(of: $0)) }
        schemas.append(.init(key: Self.timestampName, value: timestamp()))
        return schemas.sorted { $0.key < $1.key }
    }

    static let timestampName = "Timestamp"

    private func schema(of type: NamedType) -> JSONValue {
        var members: [JSONValue.Member] = []
        if let title = text.main(type.description) { members.append(.init(key: "description", value: .string(title))) }
        members += text.otherLocales(type.description, key: "x-apigen-description")
        switch type.kind {
        case .object(let fields):
            guard case .object(let object) = self.object(fields, requireRequiredFields: false) else { return .object(members) }
            return .object(object + members)
        case .enumeration(let values):
            // Open: a value the documentation does not list is still a value (`anyOf` a documented one or any string).
            let documented = Self.object(["type": .string("string"), "enum": .array(values.map { .string($0.value) })])
            members.insert(.init(key: "anyOf", value: .array([documented, Self.object(["type": .string("string")])])), at: 0)
            let meanings = values.compactMap { value in text.main(value.description).map { JSONValue.Member(key: value.value, value: .string($0)) } }
            if !meanings.isEmpty { members.append(.init(key: "x-apigen-enum-descriptions", value: .object(meanings))) }
            return .object(members)
        }
    }

    private func timestamp() -> JSONValue {
        let format = model.settings.timestamps
        return .object([
            .init(key: "type", value: .string("string")),
            .init(
                key: "description",
                value: .string(
                    "A time as the API writes it: the pattern '\(format.format)' (Unicode date format patterns) in the locale "
                        + "\(format.locale) and the zone \(format.timeZone), which the wire does not carry. Clients also "
                        + "accept ISO 8601 and milliseconds since 1970.")),
            .init(key: "x-apigen-timestamp-format", value: .string(format.format)),
            .init(key: "x-apigen-timestamp-locale", value: .string(format.locale)),
            .init(key: "x-apigen-timestamp-time-zone", value: .string(format.timeZone)),
        ])
    }

    /// An object from members in the order given.
    static func object(_ members: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(members.map { .init(key: $0.key, value: $0.value) })
    }
}

/// Text in the document's locale, and the other locales' text as `x-` extensions.
struct OpenAPIText {
    let locale: String
    let fallbacks: [String]

    /// The text in the document's locale (or the nearest one that has it); nil when there is none.
    func main(_ text: LocalizedText) -> String? {
        text.text(in: locale, fallbacks: fallbacks).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `key: {zh-CN: ...}` with the translations in other locales, or nothing.
    func otherLocales(_ text: LocalizedText, key: String) -> [JSONValue.Member] {
        let shown = main(text)
        let others = text.translations.filter { $0.key != locale && !$0.value.isEmpty && $0.value != shown }.sorted { $0.key < $1.key }
        guard !others.isEmpty else { return [] }
        return [.init(key: key, value: .object(others.map { .init(key: $0.key, value: .string($0.value)) }))]
    }
}
