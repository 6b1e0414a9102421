/// The `paths` of the document: one path item per path shape, one operation per method.
///
/// OpenAPI allows one operation per method and path, and treats `/volumes/{uuid}` and
/// `/volumes/{volumeUuid}` as the same path. So:
/// - a path shape is written once, with the placeholder names of its first endpoint (by
///   operation id); an endpoint that names a position otherwise says so in
///   `x-apigen-path-parameter-names`;
/// - endpoints that share a method and a shape (ZStack's action APIs, told apart by the body's
///   top-level key) are one operation whose request body is `oneOf` the endpoints' bodies, each
///   requiring its wrapper, and whose reply is `oneOf` theirs; `x-apigen-endpoints` lists them
///   with their wrappers, so a tool can still tell them apart.
struct OpenAPIPaths {
    let model: APIModel
    let schemas: OpenAPISchemas
    var text: OpenAPIText { schemas.text }

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

    private func operation(_ endpoint: Endpoint, names: [String]) -> JSONValue {
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
    private func header(_ endpoint: Endpoint) -> [JSONValue.Member] {
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

    private func parameters(_ endpoint: Endpoint, names: [String]) -> [JSONValue] {
        let example = endpoint.examples.request
        var parameters: [JSONValue] = []
        for (field, name) in zip(endpoint.pathParameters.sorted(by: position(in: endpoint)), names) {
            parameters.append(parameter(field, in: "path", name: name, example: example?.path.first { $0.key == field.name }?.value))
        }
        for field in endpoint.queryParameters {
            parameters.append(parameter(field, in: "query", name: field.name, example: example?.query.first { $0.key == field.name }?.value))
        }
        for field in endpoint.headers {
            parameters.append(parameter(field, in: "header", name: field.name, example: example?.headers.first { $0.key == field.name }?.value))
        }
        return parameters
    }

    /// Orders path parameters as their placeholders stand in the path.
    private func position(in endpoint: Endpoint) -> (Field, Field) -> Bool {
        let order = endpoint.pathPlaceholders
        return { (order.firstIndex(of: $0.name) ?? .max) < (order.firstIndex(of: $1.name) ?? .max) }
    }

    private func parameter(_ field: Field, in location: String, name: String, example: JSONValue?) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init(key: "name", value: .string(name)),
            .init(key: "in", value: .string(location)),
        ]
        if let description = text.main(field.description) { members.append(.init(key: "description", value: .string(description))) }
        members.append(.init(key: "required", value: .bool(location == "path" || field.isRequired)))
        if field.deprecation != nil { members.append(.init(key: "deprecated", value: .bool(true))) }
        var schema = schemas.schema(of: field.type)
        if case .object(var schemaMembers) = schema {
            if let defaultValue = field.defaultValue { schemaMembers.append(.init(key: "default", value: defaultValue)) }
            if let since = field.since { schemaMembers.append(.init(key: "x-apigen-since", value: .string(since))) }
            schema = .object(schemaMembers)
        }
        members.append(.init(key: "schema", value: schema))
        switch field.type {
        case .list:
            // name=a&name=b
            members.append(.init(key: "style", value: .string("form")))
            members.append(.init(key: "explode", value: .bool(true)))
        case .map, .opaqueObject:
            // ZStack's REST server reads name.key=value, which no OpenAPI style writes.
            members.append(.init(key: "style", value: .string("deepObject")))
            members.append(.init(key: "explode", value: .bool(true)))
            members.append(.init(key: "x-apigen-query-encoding", value: .string("\(name).key=value")))
        default:
            break
        }
        if let example { members.append(.init(key: "example", value: example)) }
        if name != field.name { members.append(.init(key: "x-apigen-name", value: .string(field.name))) }
        return .object(members)
    }

    /// The body's schema: the wrapper object holding the wrapped fields, with the fields that stay
    /// outside it. The wrapper is required when a field in it is, or when it tells the endpoint
    /// apart from others on its path (`shared`).
    private func requestBody(_ endpoint: Endpoint, shared: Bool, otherWrappers: [String] = []) -> JSONValue? {
        guard let body = endpoint.body else { return nil }
        guard let wrapper = body.wrapper else { return schemas.object(body.fields, requireRequiredFields: true) }
        let holdsRequiredField = body.wrappedFields.contains(where: \.isRequired)
        let wrapperRequired = shared || holdsRequiredField
        var inner = schemas.object(body.wrappedFields, requireRequiredFields: true)
        if !holdsRequiredField {
            // A wrapper that holds no required field may be null, which the server reads as empty.
            inner = .object([.init(key: "anyOf", value: .array([inner, OpenAPISchemas.object(["type": .string("null")])]))])
        }
        let outside = body.topLevelFields.map { JSONValue.Member(key: $0.name, value: schemas.schema(of: $0, acceptsNull: !$0.isRequired)) }
        // On a shared path the other endpoints' wrappers may not stand beside this one: the server
        // would take the body for theirs.
        let others = otherWrappers.filter { $0 != wrapper }.map { JSONValue.Member(key: $0, value: .bool(false)) }
        var members: [JSONValue.Member] = [
            .init(key: "type", value: .string("object")),
            .init(key: "properties", value: .object([.init(key: wrapper, value: inner)] + outside + others)),
        ]
        let required = (wrapperRequired ? [wrapper] : []) + body.topLevelFields.filter(\.isRequired).map(\.name)
        if !required.isEmpty { members.append(.init(key: "required", value: .array(required.map { .string($0) }))) }
        return .object(members)
    }

    /// The reply of `endpoint`: its fields; any of them may be missing or null on the wire.
    private func reply(_ endpoint: Endpoint) -> JSONValue {
        schemas.object(endpoint.response?.fields ?? [], requireRequiredFields: false)
    }

    // MARK: - Responses

    /// The documented reply (200, or 202 with the job's location for asynchronous endpoints,
    /// the reply then coming from the job), and the error statuses.
    private func responses(_ endpoints: [Endpoint]) -> [JSONValue.Member] {
        var responses: [JSONValue.Member] = []
        let synchronous = endpoints.filter { $0.execution == .synchronous }
        let asynchronous = endpoints.filter { $0.execution == .asynchronous }
        if !synchronous.isEmpty {
            let status = synchronous[0].response?.status ?? 200
            let example = synchronous.count == 1 ? synchronous[0].examples.response?.body : nil
            responses.append(.init(key: String(status), value: .object([
                .init(key: "description", value: .string(replyDescription(synchronous))),
                .init(key: "content", value: json(anyOf(synchronous.map { ($0.operationID, reply($0)) }), example: example)),
            ])))
        }
        if !asynchronous.isEmpty {
            let accepted = model.settings.async
            var members: [JSONValue.Member] = [
                .init(key: "description", value: .string(
                    "Accepted: the call runs as a job. Poll the job's location with GET (\(jobPath)): 202 while it runs, "
                        + "then the reply below, or an error.")),
                .init(key: "content", value: json(OpenAPISchemas.object([
                    "type": .string("object"),
                    "properties": .object([.init(key: accepted.locationField, value: OpenAPISchemas.object(["type": .string("string"), "format": .string("uri")]))]),
                    "required": .array([.string(accepted.locationField)]),
                ]), example: nil)),
            ]
            members.append(.init(key: "x-apigen-job-reply", value: anyOf(asynchronous.map { ($0.operationID, reply($0)) })))
            responses.append(.init(key: String(accepted.acceptedStatus), value: .object(members)))
        }
        responses += errorResponses()
        return responses
    }

    private func replyDescription(_ endpoints: [Endpoint]) -> String {
        if endpoints.count == 1 { return text.main(endpoints[0].response?.description ?? .empty) ?? "The reply." }
        return "The reply of the endpoint the body's top-level key names."
    }

    /// The API's error statuses, and 400 for a request the server cannot read (a missing
    /// authorization header, a parameter or body of the wrong shape), with the same body: what
    /// ZStack's REST server and apigen's generated servers answer.
    private func errorResponses() -> [JSONValue.Member] {
        let errors = model.settings.errors
        let body = OpenAPISchemas.object([
            "type": .string("object"),
            "properties": .object([.init(key: errors.field, value: OpenAPISchemas.reference(errors.type))]),
        ])
        var responses: [JSONValue.Member] = []
        if !errors.statuses.contains(400) {
            responses.append(.init(key: "400", value: .object([
                .init(key: "description", value: .string(
                    "The request cannot be read: a required parameter or the authorization header is missing, or a value has the wrong type; `\(errors.field)` says which.")),
                .init(key: "content", value: json(body, example: nil)),
            ])))
        }
        for status in errors.statuses {
            responses.append(.init(key: String(status), value: .object([
                .init(key: "description", value: .string("The call failed; `\(errors.field)` says why.")),
                .init(key: "content", value: json(body, example: nil)),
            ])))
        }
        return responses
    }

    /// Bodies: exactly one of them, since each requires its own wrapper key.
    private func oneOf(_ schemas: [(String, JSONValue)]) -> JSONValue { alternatives("oneOf", schemas) }

    /// Replies: any of them, since replies that may leave out every field can look alike.
    private func anyOf(_ schemas: [(String, JSONValue)]) -> JSONValue { alternatives("anyOf", schemas) }

    /// `schemas` as one schema: itself alone, else `keyword` them, each titled with its operation id.
    private func alternatives(_ keyword: String, _ schemas: [(String, JSONValue)]) -> JSONValue {
        guard schemas.count > 1 else { return schemas[0].1 }
        return .object([.init(key: keyword, value: .array(schemas.map { id, schema in
            guard case .object(let members) = schema else { return schema }
            return .object([.init(key: "title", value: .string(id))] + members)
        }))])
    }

    private func json(_ schema: JSONValue, example: JSONValue?) -> JSONValue {
        var members: [JSONValue.Member] = [.init(key: "schema", value: schema)]
        if let example { members.append(.init(key: "example", value: example)) }
        return .object([.init(key: "application/json", value: .object(members))])
    }

    private func security(_ auth: Endpoint.Auth) -> [JSONValue.Member] {
        switch auth {
        case .required: [.init(key: "security", value: .array([.object([.init(key: Self.securityScheme, value: .array([]))])]))]
        case .none: [.init(key: "security", value: .array([]))]
        }
    }

    static let securityScheme = "session"

    // MARK: - Shared action paths

    /// Endpoints on one method and shape: one operation, the body's top-level key telling them apart.
    private func sharedOperation(_ endpoints: [Endpoint], names: [String]) -> JSONValue {
        let first = endpoints[0]
        var members: [JSONValue.Member] = [
            .init(key: "operationId", value: .string(Self.sharedOperationID(first))),
        ]
        let tags = Set(endpoints.filter { !$0.category.isEmpty }.map { Self.tag($0.category) }).sorted()
        if !tags.isEmpty { members.append(.init(key: "tags", value: .array(tags.map { .string($0) }))) }
        members.append(.init(key: "summary", value: .string("\(endpoints.count) endpoints, told apart by the body's top-level key")))
        members.append(.init(key: "description", value: .string(endpoints.map { endpoint in
            "- `\(endpoint.body?.wrapper ?? "")`: \(endpoint.operationID)"
                + (text.main(endpoint.title).flatMap { $0 == endpoint.operationID ? nil : ", \($0)" } ?? "")
        }.joined(separator: "\n"))))
        members.append(.init(key: "x-apigen-endpoints", value: .array(endpoints.map { endpoint in
            var entry: [JSONValue.Member] = [
                .init(key: "operationId", value: .string(endpoint.operationID)),
                .init(key: "wrapper", value: endpoint.body?.wrapper.map(JSONValue.string) ?? .null),
            ]
            if endpoint.pathPlaceholders != names {
                entry.append(.init(key: "x-apigen-path-parameter-names", value: .array(endpoint.pathPlaceholders.map { .string($0) })))
            }
            if case .object(let operationHeader) = JSONValue.object(header(endpoint)) { entry += operationHeader.filter { $0.key != "operationId" } }
            return .object(entry)
        })))
        // Path parameters are every endpoint's (the shape's names); query parameters and headers the union, none required.
        var parameters = self.parameters(first, names: names).filter { $0["in"] == .string("path") }
        var seen: Set<String> = []
        for endpoint in endpoints {
            for parameter in self.parameters(endpoint, names: names) where parameter["in"] != .string("path") {
                guard case .object(var parameterMembers) = parameter, case .string(let name)? = parameter["name"],
                    seen.insert(name).inserted
                else { continue }
                parameterMembers = parameterMembers.map { $0.key == "required" ? .init(key: "required", value: .bool(false)) : $0 }
                parameters.append(.object(parameterMembers))
            }
        }
        if !parameters.isEmpty { members.append(.init(key: "parameters", value: .array(parameters))) }
        let wrappers = endpoints.compactMap { $0.body?.wrapper }
        let bodies = endpoints.map {
            ($0.operationID, requestBody($0, shared: true, otherWrappers: wrappers) ?? OpenAPISchemas.object(["type": .string("object")]))
        }
        members.append(.init(key: "requestBody", value: .object([
            .init(key: "required", value: .bool(true)),
            .init(key: "content", value: json(oneOf(bodies), example: nil)),
        ])))
        members.append(.init(key: "responses", value: .object(responses(endpoints))))
        members += security(endpoints.contains { $0.auth == .required } ? .required : .none)
        return .object(members)
    }

    /// The id of a shared operation, from its method and the literal words of its path:
    /// `putZstackV1VmInstancesActions` (operation ids of endpoints are UpperCamel, so they never meet).
    static func sharedOperationID(_ endpoint: Endpoint) -> String {
        let words = PathTemplate(endpoint.path).segments.compactMap { segment -> String? in
            if case .literal(let text) = segment { return text }
            return nil
        }.joined(separator: "/").split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        return endpoint.method.rawValue.lowercased() + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    // MARK: - Jobs

    private var jobPath: String { model.settings.async.jobsPath + "/{jobUuid}" }

    /// The job an asynchronous call's 202 points at.
    private func jobOperation() -> JSONValue {
        .object([
            .init(key: "operationId", value: .string("pollAsynchronousJob")),
            .init(key: "summary", value: .string("The state of an asynchronous call's job")),
            .init(key: "description", value: .string(
                "Where the `\(model.settings.async.locationField)` of a 202 reply points. 202 while the job runs; then the "
                    + "call's reply (see `x-apigen-job-reply` of its 202) or its error; 404 when the job is unknown or expired.")),
            .init(key: "parameters", value: .array([OpenAPISchemas.object([
                "name": .string("jobUuid"), "in": .string("path"), "required": .bool(true),
                "schema": OpenAPISchemas.object(["type": .string("string")]),
            ])])),
            .init(key: "responses", value: .object([
                .init(key: "200", value: .object([
                    .init(key: "description", value: .string("The job is done: the call's reply.")),
                    .init(key: "content", value: json(OpenAPISchemas.object(["type": .string("object")]), example: nil)),
                ])),
                .init(key: String(model.settings.async.acceptedStatus), value: .object([
                    .init(key: "description", value: .string("The job is still running.")),
                ])),
                .init(key: "404", value: .object([.init(key: "description", value: .string("No such job, or it expired."))])),
            ] + errorResponses())),
            // ZStack's REST server answers a job's state without checking authorization, and so do apigen's servers.
            .init(key: "security", value: .array([])),
        ])
    }
}
