/// Finds API names that become the same Swift identifier (`vm-uuid` and `vmUuid`), wherever
/// they would meet in generated code.
struct NameCollisionChecker {
    var diagnostics = DiagnosticCollector()

    mutating func check(_ model: APIModel) {
        check(model.types.map { ($0.name, $0.origin.location) }, what: .type, swiftName: { SwiftName.bare($0, upperFirst: true) })
        check(model.endpoints.map { ($0.operationID, $0.origin.location) }, what: .operationID, swiftName: { SwiftName.bare($0, upperFirst: true) })
        checkTypesAgainstEndpoints(model)
        for type in model.types {
            switch type.kind {
            case .object(let fields):
                check(fields.map { ($0.name, $0.origin.location) }, what: .field, swiftName: lowerCamel)
            case .enumeration(let values):
                check(values.map { ($0.value, $0.origin.location) }, what: .value, swiftName: lowerCamel)
            }
        }
        for endpoint in model.endpoints {
            // Every parameter and body field becomes a parameter of one client method.
            check(endpoint.inputs.map { ($0.name, $0.origin.location) }, what: .parameter, swiftName: lowerCamel)
            check((endpoint.response?.fields ?? []).map { ($0.name, $0.origin.location) }, what: .responseField, swiftName: lowerCamel)
        }
    }

    /// An endpoint's namespace (`enum StartVmInstance`) and the types are top-level names of one
    /// module: a type may not take an endpoint's name.
    private mutating func checkTypesAgainstEndpoints(_ model: APIModel) {
        var endpoints: [String: (name: String, location: SourceLocation)] = [:]
        for endpoint in model.endpoints {
            endpoints[SwiftName.bare(endpoint.operationID, upperFirst: true)] = (endpoint.operationID, endpoint.origin.location)
        }
        for type in model.types {
            let identifier = SwiftName.bare(type.name, upperFirst: true)
            guard let endpoint = endpoints[identifier] else { continue }
            diagnostics.append(
                .typeNameIsEndpointName(type: type.name, operationID: endpoint.name, swiftName: identifier),
                at: type.origin.location, notes: [Diagnostic(.collidingNameHere(endpoint.name), at: endpoint.location)])
        }
    }

    private func lowerCamel(_ name: String) -> String { SwiftName.bare(name, upperFirst: false) }

    private mutating func check(_ names: [(String, SourceLocation)], what: DiagnosticMessage.NameKind, swiftName: (String) -> String) {
        var seen: [String: (name: String, location: SourceLocation)] = [:]
        for (name, location) in names {
            let identifier = swiftName(name)
            if let first = seen[identifier] {
                guard first.name != name else { continue }  // the same name twice is reported elsewhere
                diagnostics.append(
                    .swiftNameCollision(what, name: name, other: first.name, swiftName: identifier),
                    at: location, notes: [Diagnostic(.collidingNameHere(first.name), at: first.location)])
            } else {
                seen[identifier] = (name, location)
            }
        }
    }
}
