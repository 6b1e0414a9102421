/// Builds the Swift client's render models from the API model: identifiers, types, doc
/// comments and line layout are decided here so that templates stay declarative.
struct SwiftClientModelBuilder: Sendable {
    let model: APIModel
    let options: EmitterOptions
    let names: SwiftNames
    let types: SwiftTypeMapper
    let docs: DocComment
    /// The object types that query endpoints (`api.queries`) return, by API name: they get `QueryFields`.
    let queriedTypes: Set<String>
    /// Operation id -> the endpoint whose `Response` struct its `Response` names (`sharedResponses`).
    let sharedResponses: [String: String]
    /// The generic types that replies share (`genericReplies`), and operation id -> how its `Response` names one.
    let genericReplies: (replies: [GenericReply], uses: [String: GenericReplyUse])
    /// Operation id -> the reading endpoint whose `Request` struct its `Request` names (`sharedRequests`).
    let sharedRequests: [String: String]
    /// Type name -> the description of the first field that uses it, for types without one.
    let firstUseTexts: [String: String]
    /// Which module each file goes into, when the client is split per category.
    let split: SwiftModuleSplit?
    /// Every endpoint method's `- Throws:` doc lines (`throwsDocLines(prefix:)`).
    let throwsDocLines: (synchronous: [DocLine], asynchronous: [DocLine])

    init(model: APIModel, options: EmitterOptions) {
        self.model = model
        self.options = options
        let prefix = SwiftName.bare(model.settings.name, upperFirst: true)
        names = SwiftNames(prefix: prefix)
        types = SwiftTypeMapper(jsonValueType: prefix + "JSONValue", typeName: names.typeName)
        docs = DocComment(locale: model.settings.defaultLocale, fallbacks: model.settings.locales)
        queriedTypes = Self.queriedTypes(in: model)
        firstUseTexts = Self.firstUseTexts(in: model, docs: docs)
        split = options.modules == .perCategory ? SwiftModuleSplit(
                model: model, umbrella: options.moduleName ?? prefix + "Client", minimumEndpoints: options.minimumModuleEndpoints,
                maximumEndpoints: options.maximumModuleEndpoints) : nil
        genericReplies = Self.genericReplies(in: model, split: split, names: names, docs: docs)
        sharedResponses = Self.sharedResponses(in: model, split: split, excluding: Set(genericReplies.uses.keys))
        sharedRequests = Self.sharedRequests(in: model, split: split)
        throwsDocLines = Self.throwsDocLines(prefix: prefix)
    }

    var prefix: String { names.prefix }

    var access: String {
        switch options.accessLevel {
        case .public: "public "
        case .package: "package "
        case .internal: ""
        }
    }

    var importAccess: String { access }

    /// For runtime declarations that generated endpoints and types use: internal in one
    /// module, `package ` when those live in the category modules of a split client.
    var runtimeAccess: String { split == nil ? "" : "package " }

    /// The import of the core module for a file of a split client's category module, when the
    /// file uses it: public when its public declarations mention core types.
    func coreImports(publicUse: Bool, internalUse: Bool, module: String) -> [SwiftImportModel] {
        guard let split, module != split.core, publicUse || internalUse else { return [] }
        return [SwiftImportModel(module: split.core, isPublic: publicUse)]
    }

    // MARK: - Runtime

    /// The elements of a comma-separated list, each knowing whether it is the last.
    static func listItems(_ literals: [String]) -> [SwiftListItemModel] {
        literals.enumerated().map { SwiftListItemModel(literal: $1, isLast: $0 == literals.count - 1) }
    }

    func runtimeModel() -> SwiftRuntimeFileModel {
        let settings = model.settings
        let placeholder = PathTemplate(settings.auth.value).placeholders.first?.name
        // The value's text around each `{placeholder}`, escaped for a string literal whose gaps the session fills.
        let parts = placeholder.map { settings.auth.value.components(separatedBy: "{\($0)}") } ?? [settings.auth.value]
        let authorizationParts = parts.enumerated().map { index, part in
            SwiftListItemModel(literal: String(SwiftLayout.stringLiteral(part).dropFirst().dropLast()), isLast: index == parts.count - 1)
        }
        let docExample = "`\(settings.auth.header): \(settings.auth.value.replacingOccurrences(of: "{\(placeholder ?? "")}", with: "<session UUID>"))`"
        let alternatives = settings.timestamps.format == "MMM d, yyyy h:mm:ss a" ? ["MMM d, yyyy, h:mm:ss a"] : []
        return SwiftRuntimeFileModel(
            prefix: prefix, apiName: settings.name, access: access, importAccess: importAccess, runtimeAccess: runtimeAccess,
            errorTypeName: names.typeName(settings.errors.type),
            authorizationHeaderLiteral: SwiftLayout.stringLiteral(settings.auth.header),
            authorizationParts: authorizationParts, authorizationDocExample: docExample,
            errorStatuses: Self.listItems(settings.errors.statuses.map(String.init)),
            invalidSessionCodes: Self.listItems((settings.sessions?.invalidSessionCodes ?? []).map(SwiftLayout.stringLiteral)),
            hasInvalidSessionCodes: !(settings.sessions?.invalidSessionCodes ?? []).isEmpty,
            errorFieldLiteral: SwiftLayout.stringLiteral(settings.errors.field),
            acceptedStatus: settings.async.acceptedStatus,
            locationFieldLiteral: SwiftLayout.stringLiteral(settings.async.locationField),
            timestampFormatLiteral: SwiftLayout.stringLiteral(settings.timestamps.format),
            timestampAlternativeFormats: Self.listItems(alternatives.map(SwiftLayout.stringLiteral)),
            timestampLocaleLiteral: SwiftLayout.stringLiteral(settings.timestamps.locale),
            timestampTimeZoneLiteral: SwiftLayout.stringLiteral(settings.timestamps.timeZone),
            queryTimestampFormatLiteral: SwiftLayout.stringLiteral(settings.queries?.timestampFormat ?? APISettings.Queries.defaultTimestampFormat))
    }

    // MARK: - Named types

    func objectFile(_ type: NamedType) -> SwiftObjectFileModel {
        let name = names.typeName(type.name)
        let body = recordBody(type.fields, typeName: name, indent: 4, allOptional: true, isHashable: true)
        let imports = needsFoundation(type.fields) ? ["Foundation"] : []
        let coreImports = coreImports(
            publicUse: type.fields.contains { usesCorePublicly($0.type) } || queriedTypes.contains(type.name),
            // Every struct's `Codable` uses the runtime's coding key.
            internalUse: true,
            module: split?.module(ofType: type.name) ?? "")
        let queryFields = queriedTypes.contains(type.name) ? self.queryFields(of: type) : (fields: [], pathMember: "", firstComparable: "")
        return SwiftObjectFileModel(
            access: access, importAccess: importAccess, runtimeAccess: runtimeAccess, prefix: prefix, coreImports: coreImports, imports: imports,
            hasImports: !imports.isEmpty || !coreImports.isEmpty,
            name: name, docLines: SwiftLayout.docLines(typeDescription(type), indent: 0), body: body,
            queryFields: queryFields.fields, hasQueryFields: !queryFields.fields.isEmpty,
            firstQueryField: queryFields.firstComparable, queryPathMember: queryFields.pathMember)
    }

    func enumFile(_ type: NamedType) -> SwiftEnumFileModel {
        let cases = type.values.map { value in
            let name = names.caseName(value.value)
            return SwiftEnumCaseModel(
                name: name, member: "." + SwiftName.member(name), wireValueLiteral: SwiftLayout.stringLiteral(value.value),
                docLines: SwiftLayout.docLines([docs.text(value.description) ?? "The value `\(value.value)`."], indent: 4))
        }
        return SwiftEnumFileModel(
            access: access, prefix: prefix, name: names.typeName(type.name),
            docLines: SwiftLayout.docLines(typeDescription(type), indent: 0), cases: cases, otherCase: SwiftNames.otherCase)
    }

    /// The type's own description, else the description of the first field that uses it
    /// (an inline definition has none of its own).
    private func typeDescription(_ type: NamedType) -> [String] {
        if let text = docs.text(type.description) { return [text] }
        if let text = firstUseTexts[type.name] { return [text] }
        return ["`\(type.name)`, as the API describes it."]
    }

    /// For every type name, the description of its first use with one: the endpoints' fields
    /// in order (path, query, headers, body, response), then the types' fields; at each field
    /// the field itself when it holds the type, then the first field of its named type that
    /// does. One pass over the model instead of one per type, which grew with the square of
    /// the corpus.
    static func firstUseTexts(in model: APIModel, docs: DocComment) -> [String: String] {
        var result: [String: String] = [:]
        /// Per named type: the first of its fields for each type name its fields hold.
        var firstInnerFields: [String: [String: Field]] = [:]
        func innerFields(of name: String) -> [String: Field] {
            if let known = firstInnerFields[name] { return known }
            var fields: [String: Field] = [:]
            for field in model.type(named: name)?.fields ?? [] {
                if let held = field.type.namedType, fields[held] == nil { fields[held] = field }
            }
            firstInnerFields[name] = fields
            return fields
        }
        func visit(_ fields: [Field]) {
            for field in fields {
                if let name = field.type.namedType, result[name] == nil, let text = docs.text(field.description) {
                    result[name] = text
                }
                guard case .named(let nested) = field.type, model.type(named: nested) != nil else { continue }
                for (name, inner) in innerFields(of: nested) where name != nested && result[name] == nil {
                    if let text = docs.text(inner.description) { result[name] = text }
                }
            }
        }
        for endpoint in model.endpoints {
            visit(endpoint.pathParameters)
            visit(endpoint.queryParameters)
            visit(endpoint.headers)
            visit(endpoint.body?.fields ?? [])
            visit(endpoint.response?.fields ?? [])
        }
        for type in model.types { visit(type.fields) }
        return result
    }

    // MARK: - Record types

    /// Properties, initializer, `Codable` conformance and `==` (and `hash(into:)` when `isHashable`) of the record type
    /// `typeName` at `indent` (its members').
    ///
    /// `typeParameters` spells the named type of each field it names as that type parameter (a generic reply's).
    func recordBody(
        _ fields: [Field], typeName: String, indent: Int, allOptional: Bool, isHashable: Bool,
        typeParameters: [String: String] = [:]
    ) -> SwiftRecordBodyModel {
        let properties = fields.enumerated().map { index, field in
            let name = names.propertyName(field.name)
            let optional = allOptional || !field.isRequired
            let member = SwiftName.member(name)
            // Keywords may label parameters unescaped (the body refers to them escaped), which keeps
            // `- Parameters:` documentation matching the declaration.
            let type = typeParameters[field.name].map { types.swiftType(field.type, namedTypeAs: $0) } ?? types.swiftType(field.type)
            return SwiftPropertyModel(
                name: name, type: type, optionalMark: optional ? "?" : "",
                docLines: SwiftLayout.docLines(fieldDoc(field), indent: indent),
                wireNameLiteral: SwiftLayout.stringLiteral(field.name), member: member,
                label: ["inout", "var", "let"].contains(member) ? name : member, isOptionalParameter: optional, isLast: index == fields.count - 1,
                decodeMethod: optional ? "optionalValue" : "requiredValue")
        }
        let parameterDocs = zip(fields, properties).map { field, property in
            (name: SwiftName.member(property.name), text: fieldDoc(field).first ?? field.name)
        }
        let initDoc = parameterDocs.isEmpty ? [] : [""] + SwiftLayout.parameterDocLines(parameterDocs, indent: indent)
        return SwiftRecordBodyModel(
            access: access, prefix: prefix, typeName: typeName, properties: properties, hasProperties: !properties.isEmpty,
            initDocLines: initDoc, isHashable: isHashable)
    }

    /// A field's doc text: its description, then deprecation.
    func fieldDoc(_ field: Field) -> [String] {
        var paragraphs: [String] = [docs.text(field.description) ?? "The `\(field.name)` field."]
        if let deprecation = field.deprecation {
            let message = docs.text(deprecation.message).map { " \($0)" } ?? ""
            paragraphs.append("Deprecated\(deprecation.since.map { " since \($0)" } ?? "").\(message)")
        }
        return paragraphs
    }

    /// Whether a field of this type, declared public, needs the core module of a split client.
    func usesCorePublicly(_ type: TypeReference) -> Bool {
        switch type {
        case .opaqueObject, .json: true
        case .list(let element), .map(let element): usesCorePublicly(element)
        case .named(let name): split.map { $0.module(ofType: name) == $0.core } ?? false
        default: false
        }
    }

    func needsFoundation(_ fields: [Field]) -> Bool {
        fields.contains { Self.mentionsTimestamp($0.type) }
    }

    private static func mentionsTimestamp(_ type: TypeReference) -> Bool {
        switch type {
        case .timestamp: true
        case .list(let element), .map(let element): mentionsTimestamp(element)
        default: false
        }
    }
}
