/// Which endpoints and types use each named type, for the type pages' "Used By" section.
struct MarkdownTypeUsage {
    /// Type name -> endpoints whose fields reach it, directly or through other types.
    private(set) var endpoints: [String: [Endpoint]] = [:]
    /// Type name -> names of the types with a field of that type, sorted.
    private(set) var types: [String: [String]] = [:]

    init(_ model: APIModel, types typesByName: [String: NamedType]) {
        var referencedBy: [String: Set<String>] = [:]
        for type in model.types {
            for field in type.fields {
                if let name = field.type.namedType { referencedBy[name, default: []].insert(type.name) }
            }
        }
        types = referencedBy.mapValues { $0.sorted() }
        for endpoint in model.endpoints {
            for name in Self.reachableTypes(from: Self.allFields(of: endpoint), in: typesByName).sorted() {
                endpoints[name, default: []].append(endpoint)
            }
        }
    }

    static func allFields(of endpoint: Endpoint) -> [Field] {
        endpoint.pathParameters + endpoint.queryParameters + endpoint.headers
            + (endpoint.body?.fields ?? []) + (endpoint.response?.fields ?? [])
    }

    /// The named types `fields` mention, and the ones those types' fields mention, and so on.
    static func reachableTypes(from fields: [Field], in types: [String: NamedType]) -> Set<String> {
        var found: Set<String> = []
        var pending = fields.compactMap(\.type.namedType)
        while let name = pending.popLast() {
            guard !found.contains(name), let type = types[name] else { continue }
            found.insert(name)
            pending += type.fields.compactMap(\.type.namedType)
        }
        return found
    }
}
