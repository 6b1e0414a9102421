/// The `paths` of the document: one path item per path shape, one operation per method.
///
/// OpenAPI allows one operation per method and path, and treats `/volumes/{uuid}` and
/// `/volumes/{volumeUuid}` as the same path. So:
/// - a path shape is written once, with the placeholder names of its first endpoint (by
///   operation id); an endpoint that names a position otherwise says so in
///   `x-apigen-path-parameter-names`;
/// - endpoints that share a method and a shape (ZStack's action APIs, told apart by the body's
///   top-level key) are one operation whose request body is `oneOf` the endpoints' bodies, each
///   requiring its wrapper, and whose reply is `anyOf` theirs; `x-apigen-endpoints` lists them
///   with their wrappers, so a tool can still tell them apart.
struct OpenAPIPaths {
    let model: APIModel
    let schemas: OpenAPISchemas
    /// The document's text in its locale.
    var text: OpenAPIText { schemas.text }

    /// Every path item, sorted by path, with the job path when the API has asynchronous endpoints.
    func paths() -> [JSONValue.Member] {
        var shapes: [String: [Endpoint]] = [:]
        for endpoint in model.endpoints { shapes[RouteChecker.shape(of: endpoint.path), default: []].append(endpoint) }
        var items: [JSONValue.Member] = []
        for (_, endpoints) in shapes {
            let sorted = endpoints.sorted { $0.operationID < $1.operationID }
            let canonical = sorted[0]
            var operations: [JSONValue.Member] = []
            for method in Endpoint.Method.allCases {
                let group = sorted.filter { $0.method == method }
                guard !group.isEmpty else { continue }
                let operation = group.count == 1
                    ? self.operation(group[0], names: canonical.pathPlaceholders)
                    : sharedOperation(group, names: canonical.pathPlaceholders)
                operations.append(.init(key: method.rawValue.lowercased(), value: operation))
            }
            items.append(.init(key: canonical.path, value: .object(operations)))
        }
        if model.endpoints.contains(where: { $0.execution == .asynchronous }) {
            items.append(.init(key: jobPath, value: .object([.init(key: "get", value: jobOperation())])))
        }
        return items.sorted { $0.key < $1.key }
    }

    // MARK: - One endpoint

    /// The operation of an endpoint that has its method and path to itself.
    func operation(_ endpoint: Endpoint, names: [String]) -> JSONValue {
        var members = header(endpoint)
        let parameters = self.parameters(endpoint, names: names)
        if !parameters.isEmpty { members.append(.init(key: "parameters", value: .array(parameters))) }
        if let body = requestBody(endpoint, shared: false) {
            // The server reads a missing body (or wrapper) as one with no fields, as ZStack's does.
            let required = endpoint.body?.fields.contains(where: \.isRequired) ?? false
            members.append(.init(key: "requestBody", value: .object([
                .init(key: "required", value: .bool(required)),
                .init(key: "content", value: json(body, example: endpoint.examples.request?.body)),
            ])))
        }
        members.append(.init(key: "responses", value: .object(responses([endpoint]))))
        members += security(endpoint.auth)
        return .object(members)
    }

    /// operationId, tags, summary, description, deprecation, since.
    func header(_ endpoint: Endpoint) -> [JSONValue.Member] {
        var members: [JSONValue.Member] = [.init(key: "operationId", value: .string(endpoint.operationID))]
        if !endpoint.category.isEmpty { members.append(.init(key: "tags", value: .array([.string(Self.tag(endpoint.category))]))) }
        if let title = text.main(endpoint.title) { members.append(.init(key: "summary", value: .string(title))) }
        members += text.otherLocales(endpoint.title, key: "x-apigen-summary")
        if let description = text.main(endpoint.description) { members.append(.init(key: "description", value: .string(description))) }
        members += text.otherLocales(endpoint.description, key: "x-apigen-description")
        if let deprecation = endpoint.deprecation {
            members.append(.init(key: "deprecated", value: .bool(true)))
            if let since = deprecation.since { members.append(.init(key: "x-apigen-deprecated-since", value: .string(since))) }
            if let message = text.main(deprecation.message) {
                members.append(.init(key: "x-apigen-deprecation-message", value: .string(message)))
            }
        }
        if let since = endpoint.since { members.append(.init(key: "x-apigen-since", value: .string(since))) }
        members.append(.init(key: "x-apigen-execution", value: .string(endpoint.execution.rawValue)))
        return members
    }

    /// A category breadcrumb as one tag: `Compute Management / VM Related Interfaces`.
    static func tag(_ category: [String]) -> String { category.joined(separator: " / ") }

    /// Bodies: exactly one of them, since each requires its own wrapper key.
    func oneOf(_ schemas: [(String, JSONValue)]) -> JSONValue { alternatives("oneOf", schemas) }

    /// Replies: any of them, since replies that may leave out every field can look alike.
    func anyOf(_ schemas: [(String, JSONValue)]) -> JSONValue { alternatives("anyOf", schemas) }

    /// `schemas` as one schema: itself alone, else `keyword` them, each titled with its operation id.
    func alternatives(_ keyword: String, _ schemas: [(String, JSONValue)]) -> JSONValue {
        guard schemas.count > 1 else { return schemas[0].1 }
        return .object([.init(key: keyword, value: .array(schemas.map { id, schema in
            guard case .object(let members) = schema else { return schema }
            return .object([.init(key: "title", value: .string(id))] + members)
        }))])
    }

    /// `content: {application/json: {schema, example}}`.
    func json(_ schema: JSONValue, example: JSONValue?) -> JSONValue {
        var members: [JSONValue.Member] = [.init(key: "schema", value: schema)]
        if let example { members.append(.init(key: "example", value: example)) }
        return .object([.init(key: "application/json", value: .object(members))])
    }

    /// The API's authorization header when the endpoint needs it, else none.
    func security(_ auth: Endpoint.Auth) -> [JSONValue.Member] {
        switch auth {
        case .required: [.init(key: "security", value: .array([.object([.init(key: Self.securityScheme, value: .array([]))])]))]
        case .none: [.init(key: "security", value: .array([]))]
        }
    }

    static let securityScheme = "session"
}
