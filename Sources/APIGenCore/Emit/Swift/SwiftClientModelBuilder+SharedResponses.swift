/// Responses of the same shape share one struct: the first endpoint with that shape declares its
/// `Response`, and every later one names it with a `typealias`. ZStack's 635 endpoints have 330
/// response shapes (every action on a VM replies with the same `{success, error, inventory}`), and
/// each struct costs the compiler its metadata, value witnesses, getters, `==` and `Codable`.
extension SwiftClientModelBuilder {
    /// For each endpoint whose `Response` is another endpoint's, that endpoint's operation id.
    ///
    /// Two responses share a struct when their fields are the same in everything the struct shows
    /// (names, types, requirements, text), and the endpoints are in the same module. A deprecated
    /// endpoint neither lends nor borrows one, so that no struct is reached through a deprecated name.
    static func sharedResponses(in model: APIModel, split: SwiftModuleSplit?) -> [String: String] {
        struct Shape: Hashable {
            var module: String
            var fields: [Field]
        }
        var owners: [Shape: String] = [:]
        var shared: [String: String] = [:]
        for endpoint in model.endpoints where endpoint.deprecation == nil {
            let fields = (endpoint.response?.fields ?? []).map { field in
                var field = field
                field.origin = Origin(SourceLocation(file: "", line: 0, column: 0))
                return field
            }
            let shape = Shape(module: split?.module(of: endpoint) ?? "", fields: fields)
            if let owner = owners[shape] {
                shared[endpoint.operationID] = owner
            } else {
                owners[shape] = endpoint.operationID
            }
        }
        return shared
    }
}
