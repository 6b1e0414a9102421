/// Decodes one spec file's node tree into a `SpecFile`, collecting every diagnostic.
struct SpecDecoder {
    static let formatVersion = 1
    static let rootKeywords = ["apigen", "api", "endpoint", "types"]
    static let endpointKeywords = [
        "operation-id", "title", "description", "category", "since", "deprecated", "execution", "auth", "method",
        "path", "path-parameters", "query-parameters", "headers", "body", "response", "examples", "history",
    ]
    static let fieldKeywords = [
        "type", "required", "nullable", "description", "since", "deprecated", "default", "example", "values", "fields",
    ]
    static let bodyFieldKeywords = fieldKeywords + ["outside-wrapper"]

    var reader: NodeReader
    private var file: SpecFile

    init(path: String, defaultLocale: String, locales: [String]) {
        reader = NodeReader(defaultLocale: defaultLocale, locales: locales)
        file = SpecFile(path: path)
    }

    /// Decodes `root`; returns the file and the diagnostics found on the way.
    static func decode(_ root: YAMLNode, path: String, settings: APISettings?) -> (SpecFile, [Diagnostic]) {
        var decoder = SpecDecoder(
            path: path, defaultLocale: settings?.defaultLocale ?? "en", locales: settings?.locales ?? [])
        decoder.decodeRoot(root)
        return (decoder.file, decoder.reader.diagnostics.diagnostics)
    }

    /// Only the `api:` block, read first so that every other file knows the locales.
    static func decodeSettings(_ root: YAMLNode, path: String) -> (DecodedSettings?, [Diagnostic]) {
        guard let pairs = root.pairs, let api = pairs.first(where: { $0.key.scalar == "api" }) else { return (nil, []) }
        var decoder = SpecDecoder(path: path, defaultLocale: "en", locales: [])
        let settings = decoder.decodeSettings(api.value, keyLocation: api.key.location)
        return (settings, decoder.reader.diagnostics.diagnostics)
    }

    // MARK: - Root

    private mutating func decodeRoot(_ root: YAMLNode) {
        guard let keys = reader.keywords(root, in: .specFile, allowed: Self.rootKeywords) else { return }
        guard let version = keys["apigen"], let versionKey = keys.key("apigen") else {
            reader.diagnostics.append(.missingFormatVersion(expected: Self.formatVersion), at: root.location)
            return
        }
        if root.pairs?.first?.key.scalar != "apigen" {
            reader.diagnostics.append(.formatVersionNotFirst(Self.formatVersion), at: versionKey.location)
        }
        if version.scalar == String(Self.formatVersion) && !version.isPlainScalar {
            reader.diagnostics.append(.quotedFormatVersion(Self.formatVersion), at: version.location)
            return
        }
        if version.scalar != String(Self.formatVersion) {
            let found = version.scalar.map(DiagnosticMessage.Found.text) ?? .init(kindOf: version)
            reader.diagnostics.append(.unsupportedFormatVersion(found: found, supported: Self.formatVersion), at: version.location)
            return
        }
        if keys["api"] == nil && keys["endpoint"] == nil && keys["types"] == nil {
            reader.diagnostics.append(.noDeclarations, at: root.location)
        }
        if let api = keys["api"], let key = keys.key("api") {
            file.settings = decodeSettings(api, keyLocation: key.location)
        }
        if let types = keys["types"] { decodeTypes(types) }
        if let endpoint = keys["endpoint"] { decodeEndpoint(endpoint) }
    }

    // MARK: - api:

    private mutating func decodeSettings(_ node: YAMLNode, keyLocation: SourceLocation) -> DecodedSettings? {
        let allowed = ["name", "title", "locales", "auth", "timestamps", "async", "errors", "queries", "sessions", "description"]
        guard let keys = reader.keywords(node, in: .keyword("api"), allowed: allowed, required: ["name"]) else { return nil }
        var settings = APISettings.defaults
        settings.name = keys["name"].flatMap { reader.text($0, for: "name") } ?? settings.name
        if let locales = keys["locales"].flatMap({ reader.textList($0, for: "locales") }) {
            if locales.isEmpty {
                reader.diagnostics.append(.noLocales, at: keys["locales"]!.location)
            } else {
                settings.locales = locales
            }
        }
        reader.defaultLocale = settings.defaultLocale
        reader.locales = settings.locales
        settings.title = keys["title"].flatMap { reader.localizedText($0, for: "title") } ?? LocalizedText([settings.defaultLocale: settings.name])
        if let auth = keys["auth"],
            let sub = reader.keywords(auth, in: .keyword("api.auth"), allowed: ["header", "value"], required: ["header", "value"])
        {
            settings.auth.header = sub["header"].flatMap { reader.text($0, for: "header") } ?? settings.auth.header
            settings.auth.value = sub["value"].flatMap { reader.text($0, for: "value") } ?? settings.auth.value
        }
        if let timestamps = keys["timestamps"],
            let sub = reader.keywords(timestamps, in: .keyword("api.timestamps"), allowed: ["format", "locale", "time-zone"])
        {
            settings.timestamps.format = sub["format"].flatMap { reader.text($0, for: "format") } ?? settings.timestamps.format
            settings.timestamps.locale = sub["locale"].flatMap { reader.text($0, for: "locale") } ?? settings.timestamps.locale
            if let zoneNode = sub["time-zone"], let zone = reader.text(zoneNode, for: "time-zone") {
                if TimeZoneCheck.isKnown(zone) {
                    settings.timestamps.timeZone = zone
                } else {
                    reader.diagnostics.append(.unknownTimeZone(zone), at: zoneNode.location)
                }
            }
        }
        if let async = keys["async"],
            let sub = reader.keywords(async, in: .keyword("api.async"), allowed: ["accepted-status", "location-field", "jobs-path"])
        {
            settings.async.acceptedStatus = sub["accepted-status"].flatMap { reader.integer($0, for: "accepted-status", in: 100...599) } ?? settings.async.acceptedStatus
            settings.async.locationField = sub["location-field"].flatMap { reader.text($0, for: "location-field") } ?? settings.async.locationField
            if let node = sub["jobs-path"], let path = reader.text(node, for: "jobs-path") {
                if path.hasPrefix("/") && !path.hasSuffix("/") && !path.contains("{") {
                    settings.async.jobsPath = path
                } else {
                    reader.diagnostics.append(.invalidJobsPath, at: node.location)
                }
            }
        }
        var errorTypeLocation = node.location
        if let errors = keys["errors"],
            let sub = reader.keywords(errors, in: .keyword("api.errors"), allowed: ["status", "field", "type"])
        {
            if let status = sub["status"] {
                let items = status.items ?? [status]
                let codes = items.compactMap { reader.integer($0, for: "status", in: 100...599) }
                if !codes.isEmpty { settings.errors.statuses = codes }
            }
            settings.errors.field = sub["field"].flatMap { reader.text($0, for: "field") } ?? settings.errors.field
            if let typeNode = sub["type"], let type = reader.text(typeNode, for: "type") {
                settings.errors.type = type
                errorTypeLocation = typeNode.location
            }
        }
        if let queries = keys["queries"] {
            settings.queries = decodeQueries(queries)
        }
        if let sessions = keys["sessions"] {
            settings.sessions = decodeSessions(sessions)
        }
        return DecodedSettings(settings: settings, origin: Origin(keyLocation), errorTypeLocation: errorTypeLocation)
    }

    private mutating func decodeQueries(_ node: YAMLNode) -> APISettings.Queries? {
        guard
            let sub = reader.keywords(
                node, in: .keyword("api.queries"), allowed: ["conditions", "limit", "start", "items", "count", "total", "sort", "fields", "timestamp-format"],
                required: ["conditions", "limit", "start", "items"])
        else { return nil }
        let names = sub.entries.keys.reduce(into: [String: String]()) { names, keyword in
            names[keyword] = sub[keyword].flatMap { reader.text($0, for: .key(keyword)) }
        }
        guard let conditions = names["conditions"], let limit = names["limit"], let start = names["start"], let items = names["items"]
        else { return nil }
        return APISettings.Queries(
            conditions: conditions, limit: limit, start: start, items: items, count: names["count"], total: names["total"],
            sort: names["sort"], fields: names["fields"], timestampFormat: names["timestamp-format"] ?? APISettings.Queries.defaultTimestampFormat)
    }

    private mutating func decodeSessions(_ node: YAMLNode) -> APISettings.Sessions? {
        guard
            let sub = reader.keywords(
                node, in: .keyword("api.sessions"), allowed: ["log-in", "session-id", "log-out", "log-out-parameter", "invalid-session-codes"],
                required: ["log-in", "session-id"])
        else { return nil }
        func named(_ keyword: String) -> APISettings.Sessions.Named? {
            guard let node = sub[keyword], let text = reader.text(node, for: .key(keyword)) else { return nil }
            return APISettings.Sessions.Named(text, at: node.location)
        }
        let logInNodes = sub["log-in"].map { $0.items ?? [$0] } ?? []
        let logIn = logInNodes.compactMap { node in
            reader.text(node, for: "log-in").map { APISettings.Sessions.Named($0, at: node.location) }
        }
        let codes = sub["invalid-session-codes"].flatMap { reader.textList($0, for: "invalid-session-codes") } ?? []
        if let node = sub["log-in"], node.items?.isEmpty == true {
            reader.diagnostics.append(.emptyValue("log-in"), at: node.location)
        }
        guard let sessionID = named("session-id"), !logIn.isEmpty else { return nil }
        let logOut = named("log-out"), logOutParameter = named("log-out-parameter")
        if logOut != nil, logOutParameter == nil {
            reader.diagnostics.append(.missingKeyword("log-out-parameter", in: .keyword("api.sessions")), at: node.location)
        }
        return APISettings.Sessions(
            logIn: logIn, sessionID: sessionID, logOut: logOut, logOutParameter: logOutParameter, invalidSessionCodes: codes)
    }

    // MARK: - types:

    private mutating func decodeTypes(_ node: YAMLNode) {
        for (name, key, value) in reader.namedEntries(node, in: .keyword("types")) {
            guard let keys = reader.keywords(value, in: .type(name), allowed: ["description", "fields", "values"]),
                checkTypeName(name, at: key.location)
            else { continue }
            let description = keys["description"].flatMap { reader.localizedText($0, for: "description") } ?? .empty
            switch (keys["fields"], keys["values"]) {
            case (let fields?, nil):
                let decoded = decodeFields(fields, in: .fieldsOf(name), keywords: Self.fieldKeywords)
                file.typeDefinitions.append(NamedType(name: name, description: description, kind: .object(decoded), origin: Origin(key.location)))
            case (nil, let values?):
                let decoded = decodeValues(values, of: name)
                file.typeDefinitions.append(NamedType(name: name, description: description, kind: .enumeration(decoded), origin: Origin(key.location)))
            case (.some, .some):
                reader.diagnostics.append(.bothFieldsAndValues(in: .type(name)), at: keys.key("values")!.location)
            case (nil, nil):
                reader.diagnostics.append(.typeWithoutFieldsOrValues(name), at: key.location)
            }
        }
    }

    /// True when `name` may name a new type; otherwise reports why not.
    private mutating func checkTypeName(_ name: String, at location: SourceLocation) -> Bool {
        if TypeExpressionParser.builtins[name] != nil || name == "List" {
            reader.diagnostics.append(.builtinTypeRedefined(name), at: location)
            return false
        }
        guard case .success(.named(name)) = TypeExpressionParser.parse(name) else {
            reader.diagnostics.append(.invalidTypeName(name), at: location)
            return false
        }
        return true
    }

    // MARK: - Fields

    private mutating func decodeFields(_ node: YAMLNode, in place: DiagnosticMessage.Place, keywords: [String]) -> [Field] {
        reader.namedEntries(node, in: place).compactMap { name, key, value in
            decodeField(name: name, key: key, value: value, keywords: keywords)
        }
    }

    /// Path parameters are required whether or not the spec says so: a path cannot be formed without
    /// them. Saying `required: false` is an error rather than a silently optional input.
    private mutating func decodePathParameters(_ node: YAMLNode) -> [Field] {
        reader.namedEntries(node, in: .keyword("path-parameters")).compactMap { name, key, value in
            guard var field = decodeField(name: name, key: key, value: value, keywords: Self.fieldKeywords) else { return nil }
            // Only a well-formed `false`: any other value has been reported as not a boolean already.
            if !field.isRequired, let required = value.pairs?.first(where: { $0.key.scalar == "required" })?.value,
                required.isPlainScalar, let text = required.scalar, ["false", "False", "FALSE"].contains(text)
            {
                reader.diagnostics.append(.optionalPathParameter(name), at: required.location)
            }
            field.isRequired = true
            return field
        }
    }

    private mutating func decodeField(name: String, key: YAMLNode, value: YAMLNode, keywords: [String]) -> Field? {
        guard let keys = reader.keywords(value, in: .field(name), allowed: keywords, required: ["type"]) else { return nil }
        guard let typeNode = keys["type"], let spelling = reader.text(typeNode, for: "type") else { return nil }
        let type: TypeReference
        switch TypeExpressionParser.parse(spelling) {
        case .success(let parsed): type = parsed
        case .failure(let failure):
            reader.diagnostics.append(failure.kind, at: typeNode.location(atCharacterOffset: failure.offset))
            // Keep the field, typed as anything, so that examples using it report nothing more.
            type = .json
        }
        var field = Field(name: name, type: type, typeSpelling: spelling, origin: Origin(key.location))
        field.isRequired = keys["required"].flatMap { reader.bool($0, for: "required") } ?? false
        field.isNullable = keys["nullable"].flatMap { reader.bool($0, for: "nullable") } ?? false
        field.isOutsideWrapper = keys["outside-wrapper"].flatMap { reader.bool($0, for: "outside-wrapper") } ?? false
        field.description = keys["description"].flatMap { reader.localizedText($0, for: "description") } ?? .empty
        field.since = keys["since"].flatMap { reader.text($0, for: "since") }
        field.deprecation = keys["deprecated"].flatMap { reader.deprecation($0) }
        if let node = keys["default"] {
            field.defaultValue = JSONExample.value(of: node)
            file.fieldValues.append((field, node, "default"))
        }
        if let node = keys["example"] {
            field.example = JSONExample.value(of: node)
            file.fieldValues.append((field, node, "example"))
        }

        let inlineFields = keys["fields"], inlineValues = keys["values"]
        if inlineFields != nil || inlineValues != nil {
            defineInline(for: field, typeNode: typeNode, keys: keys)
        } else if let named = type.namedType {
            file.typeUses.append((named, typeNode.location(atCharacterOffset: offset(of: named, in: spelling))))
        }
        return field
    }

    /// `fields:` or `values:` at a field define the type its `type` names, at its first use.
    private mutating func defineInline(for field: Field, typeNode: YAMLNode, keys: NodeReader.Keywords) {
        if keys["fields"] != nil, keys["values"] != nil {
            reader.diagnostics.append(.bothFieldsAndValues(in: .field(field.name)), at: keys.key("values")!.location)
            return
        }
        guard let name = field.type.namedType else {
            reader.diagnostics.append(
                .inlineTypeWithoutName(definesEnum: keys["fields"] == nil, typeSpelling: field.typeSpelling), at: typeNode.location)
            return
        }
        guard checkTypeName(name, at: typeNode.location) else { return }
        let origin = Origin(typeNode.location(atCharacterOffset: offset(of: name, in: field.typeSpelling)))
        if let fields = keys["fields"] {
            let decoded = decodeFields(fields, in: .fieldsOf(name), keywords: Self.fieldKeywords)
            file.typeDefinitions.append(NamedType(name: name, description: .empty, kind: .object(decoded), origin: origin))
        } else if let values = keys["values"] {
            file.typeDefinitions.append(NamedType(name: name, description: .empty, kind: .enumeration(decodeValues(values, of: name)), origin: origin))
        }
    }

    private mutating func decodeValues(_ node: YAMLNode, of type: String) -> [EnumValue] {
        let entries = reader.namedEntries(node, in: .valuesOf(type))
        if entries.isEmpty && node.pairs != nil {
            reader.diagnostics.append(.enumWithoutValues(type), at: node.location)
        }
        return entries.compactMap { value, key, text in
            let description = text.isNull ? LocalizedText.empty : reader.localizedText(text, for: .enumValueText(value)) ?? .empty
            return EnumValue(value: value, description: description, origin: Origin(key.location))
        }
    }

    /// Where the named type stands in a type expression: the innermost, so the last, name
    /// (`Str` in `Map<String, Str>`).
    private func offset(of name: String, in spelling: String) -> Int {
        guard let range = spelling.ranges(of: name).last else { return 0 }
        return spelling.distance(from: spelling.startIndex, to: range.lowerBound)
    }

    // MARK: - endpoint:

    private mutating func decodeEndpoint(_ node: YAMLNode) {
        let required = ["operation-id", "title", "method", "path"]
        guard let keys = reader.keywords(node, in: .endpoint, allowed: Self.endpointKeywords, required: required) else { return }
        var operationID: String?
        if let idNode = keys["operation-id"], let id = reader.text(idNode, for: "operation-id") {
            if case .success(.named) = TypeExpressionParser.parse(id), id.first?.isUppercase == true {
                operationID = id
            } else {
                reader.diagnostics.append(.invalidOperationID(id), at: idNode.location)
            }
        }
        let title = keys["title"].flatMap { reader.localizedText($0, for: "title") }
        let method = keys["method"].flatMap { reader.choice($0, for: "method", as: Endpoint.Method.self) }
        let path = keys["path"].flatMap { reader.text($0, for: "path") }
        let execution = keys["execution"].flatMap { reader.choice($0, for: "execution", as: Endpoint.Execution.self) } ?? .synchronous
        let auth = keys["auth"].flatMap { reader.choice($0, for: "auth", as: Endpoint.Auth.self) } ?? .required

        var endpoint = Endpoint(
            operationID: operationID ?? "", title: title ?? .empty,
            description: keys["description"].flatMap { reader.localizedText($0, for: "description") } ?? .empty,
            category: keys["category"].flatMap { reader.textList($0, for: "category") } ?? [],
            since: keys["since"].flatMap { reader.text($0, for: "since") },
            deprecation: keys["deprecated"].flatMap { reader.deprecation($0) },
            execution: execution, auth: auth, method: method ?? .GET, path: path ?? "",
            pathParameters: keys["path-parameters"].map { decodePathParameters($0) } ?? [],
            queryParameters: keys["query-parameters"].map { decodeFields($0, in: .keyword("query-parameters"), keywords: Self.fieldKeywords) } ?? [],
            headers: keys["headers"].map { decodeFields($0, in: .keyword("headers"), keywords: Self.fieldKeywords) } ?? [],
            body: keys["body"].flatMap { decodeBody($0) },
            response: keys["response"].flatMap { decodeResponse($0) },
            examples: Endpoint.Examples(),
            history: keys["history"].map { decodeHistory($0) } ?? [],
            file: file.path, origin: Origin(keys["operation-id"]?.location ?? node.location))

        if let pathNode = keys["path"], path != nil {
            checkPath(of: endpoint, pathNode: pathNode, parametersKey: keys.key("path-parameters"))
        }
        if method == .GET, let bodyKey = keys.key("body") {
            reader.diagnostics.append(.getWithBody, at: bodyKey.location)
        }
        var requestExample: YAMLNode?, responseExample: YAMLNode?
        if let examples = keys["examples"], let sub = reader.keywords(examples, in: .keyword("examples"), allowed: ["request", "response"]) {
            requestExample = sub["request"]
            responseExample = sub["response"]
            endpoint.examples = decodeExamples(request: requestExample, response: responseExample)
        }
        guard operationID != nil, title != nil, method != nil, path != nil, let idNode = keys["operation-id"] else { return }
        file.endpoint = DecodedEndpoint(
            endpoint: endpoint, operationIDLocation: idNode.location, pathLocation: keys["path"]?.location ?? node.location,
            requestExample: requestExample, responseExample: responseExample)
    }

    private mutating func decodeBody(_ node: YAMLNode) -> Endpoint.Body? {
        guard let keys = reader.keywords(node, in: .keyword("body"), allowed: ["wrapper", "fields"]) else { return nil }
        let wrapper = keys["wrapper"].flatMap { reader.text($0, for: "wrapper") }
        let fields = keys["fields"].map { decodeFields($0, in: .bodyFields, keywords: Self.bodyFieldKeywords) } ?? []
        if wrapper == nil {
            for field in fields where field.isOutsideWrapper {
                reader.diagnostics.append(.outsideWrapperWithoutWrapper, at: field.origin.location)
            }
        }
        return Endpoint.Body(wrapper: wrapper, fields: fields)
    }

    private mutating func decodeResponse(_ node: YAMLNode) -> Endpoint.Response? {
        guard let keys = reader.keywords(node, in: .keyword("response"), allowed: ["status", "description", "fields"]) else { return nil }
        return Endpoint.Response(
            status: keys["status"].flatMap { reader.integer($0, for: "status", in: 100...599) } ?? 200,
            description: keys["description"].flatMap { reader.localizedText($0, for: "description") } ?? .empty,
            fields: keys["fields"].map { decodeFields($0, in: .responseFields, keywords: Self.fieldKeywords) } ?? [])
    }

    private mutating func decodeHistory(_ node: YAMLNode) -> [Endpoint.HistoryEntry] {
        if node.isNull { return [] }
        guard let items = node.items else {
            reader.diagnostics.append(.historyNotAList(found: .init(kindOf: node)), at: node.location)
            return []
        }
        return items.compactMap { item in
            guard let keys = reader.keywords(item, in: .historyEntry, allowed: ["version", "description"], required: ["version"]),
                let version = keys["version"].flatMap({ reader.text($0, for: "version") })
            else { return nil }
            return Endpoint.HistoryEntry(
                version: version, description: keys["description"].flatMap { reader.localizedText($0, for: "description") } ?? .empty)
        }
    }

    private mutating func decodeExamples(request: YAMLNode?, response: YAMLNode?) -> Endpoint.Examples {
        var examples = Endpoint.Examples()
        if let request, let keys = reader.keywords(request, in: .requestExample, allowed: ["path", "query", "headers", "body"]) {
            func members(_ part: String) -> [JSONValue.Member] {
                guard let node = keys[part] else { return [] }
                return reader.namedEntries(node, in: .requestExamplePart(part)).map {
                    JSONValue.Member(key: $0.name, value: JSONExample.value(of: $0.value))
                }
            }
            examples.request = Endpoint.RequestExample(
                path: members("path"), query: members("query"), headers: members("headers"), body: keys["body"].map(JSONExample.value(of:)))
        }
        if let response, let keys = reader.keywords(response, in: .responseExample, allowed: ["status", "body"]) {
            examples.response = Endpoint.ResponseExample(
                status: keys["status"].flatMap { reader.integer($0, for: "status", in: 100...599) } ?? 200,
                body: keys["body"].map(JSONExample.value(of:)))
        }
        return examples
    }

    /// Every `{placeholder}` needs a path parameter and every path parameter a placeholder.
    private mutating func checkPath(of endpoint: Endpoint, pathNode: YAMLNode, parametersKey: YAMLNode?) {
        let template = PathTemplate(endpoint.path)
        if !endpoint.path.hasPrefix("/") {
            reader.diagnostics.append(.pathWithoutLeadingSlash, at: pathNode.location)
        }
        for character: Character in ["?", "#"] {
            if let index = endpoint.path.firstIndex(of: character) {
                reader.diagnostics.append(
                    .queryInPath(character),
                    at: pathNode.location(atCharacterOffset: endpoint.path.distance(from: endpoint.path.startIndex, to: index)))
            }
        }
        let characters = Array(endpoint.path)
        for placeholder in template.placeholders {
            let end = placeholder.offset + placeholder.name.count + 2
            let startsSegment = placeholder.offset > 0 && characters[placeholder.offset - 1] == "/"
            let endsSegment = end == characters.count || characters[end] == "/"
            if !startsSegment || !endsSegment {
                reader.diagnostics.append(.placeholderNotWholeSegment(placeholder.name), at: pathNode.location(atCharacterOffset: placeholder.offset))
            }
        }
        for offset in template.strayBraces {
            reader.diagnostics.append(.unmatchedBraceInPath, at: pathNode.location(atCharacterOffset: offset))
        }
        let declared = endpoint.pathParameters.map(\.name)
        var seen = Set<String>()
        for placeholder in template.placeholders {
            let at = pathNode.location(atCharacterOffset: placeholder.offset)
            if !seen.insert(placeholder.name).inserted {
                reader.diagnostics.append(.duplicatePlaceholder(placeholder.name), at: at)
            } else if !declared.contains(placeholder.name) {
                reader.diagnostics.append(
                    .placeholderWithoutParameter(placeholder.name, suggestion: Suggestions.closest(to: placeholder.name, in: declared)), at: at)
            }
        }
        for parameter in endpoint.pathParameters where !seen.contains(parameter.name) {
            reader.diagnostics.append(.parameterNotInPath(parameter.name, path: endpoint.path), at: parameter.origin.location)
        }
    }
}
