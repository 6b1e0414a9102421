/// An operation's inputs: path, query and header parameters, and the request body with its wrapper.
extension OpenAPIPaths {
    /// The endpoint's parameters: its path parameters under the path's placeholder `names`, then
    /// its query parameters and headers, each with its example.
    func parameters(_ endpoint: Endpoint, names: [String]) -> [JSONValue] {
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
    func position(in endpoint: Endpoint) -> (Field, Field) -> Bool {
        let order = endpoint.pathPlaceholders
        return { (order.firstIndex(of: $0.name) ?? .max) < (order.firstIndex(of: $1.name) ?? .max) }
    }

    /// One parameter: where it goes, whether it is required, its schema and how a list or map is written.
    func parameter(_ field: Field, in location: String, name: String, example: JSONValue?) -> JSONValue {
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
    func requestBody(_ endpoint: Endpoint, shared: Bool, otherWrappers: [String] = []) -> JSONValue? {
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
        // would take the body for theirs. `not: {}` matches nothing, as the boolean schema `false`
        // does, but OpenAPIKit (and so swift-openapi-generator) reads no boolean schema.
        let forbidden = OpenAPISchemas.object(["not": .object([])])
        let others = otherWrappers.filter { $0 != wrapper }.map { JSONValue.Member(key: $0, value: forbidden) }
        var members: [JSONValue.Member] = [
            .init(key: "type", value: .string("object")),
            .init(key: "properties", value: .object([.init(key: wrapper, value: inner)] + outside + others)),
        ]
        let required = (wrapperRequired ? [wrapper] : []) + body.topLevelFields.filter(\.isRequired).map(\.name)
        if !required.isEmpty { members.append(.init(key: "required", value: .array(required.map { .string($0) }))) }
        return .object(members)
    }

    /// The reply of `endpoint`: its fields; any of them may be missing or null on the wire.
    func reply(_ endpoint: Endpoint) -> JSONValue {
        schemas.object(endpoint.response?.fields ?? [], requireRequiredFields: false)
    }
}
