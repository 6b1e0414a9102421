/// Endpoints that share a method and a path shape, as one operation.
extension OpenAPIPaths {
    /// Endpoints on one method and shape: one operation, the body's top-level key telling them apart.
    func sharedOperation(_ endpoints: [Endpoint], names: [String]) -> JSONValue {
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
}
