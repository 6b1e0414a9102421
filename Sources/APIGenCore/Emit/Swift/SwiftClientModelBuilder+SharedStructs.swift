/// Endpoints with the same inputs or the same reply share one struct: the first endpoint (in spec
/// order) with a shape declares its `Request` or `Response`, and every later one names it with a
/// `typealias`. ZStack's 635 endpoints have 335 reply shapes (every action on a VM replies with the
/// same `{success, error, inventory}`), and its 252 reading endpoints 89 input shapes (every query
/// takes the same `q`, `limit`, `start`, ...); each struct costs the compiler its metadata, value
/// witnesses, getters, `==` and, for a reply, `Codable`.
extension SwiftClientModelBuilder {
    /// For each endpoint whose `Response` is another endpoint's, that endpoint's operation id.
    ///
    /// Two responses share a struct when their fields are the same in everything the struct shows
    /// (names, types, requirements, text), and the endpoints are in the same module. The endpoints of
    /// `excluding` (those that name a generic reply) take no part.
    static func sharedResponses(in model: APIModel, split: SwiftModuleSplit?, excluding: Set<String> = []) -> [String: String] {
        sharedStructs(of: model.endpoints.filter { !excluding.contains($0.operationID) }, split: split) { $0.response?.fields ?? [] }
    }

    /// For each reading (`GET`) endpoint whose `Request` is another one's, that endpoint's operation id.
    ///
    /// Only endpoints that change nothing share their inputs: a request built for `StopVmInstance`
    /// must not compile as `DestroyVmInstance`'s, while handing one query's inputs to another reads
    /// the wrong list at worst. The fields are compared in the order the struct declares them.
    static func sharedRequests(in model: APIModel, split: SwiftModuleSplit?) -> [String: String] {
        sharedStructs(of: model.endpoints.filter { $0.method == .GET }, split: split) { endpoint in
            let inputs = endpoint.inputs
            return inputs.filter(\.isRequired) + inputs.filter { !$0.isRequired }
        }
    }

    /// Endpoints whose `fields` are the same as an earlier endpoint's in the same module, each with
    /// that earlier endpoint's operation id. A deprecated endpoint neither lends nor borrows a
    /// struct, so that no struct is reached through a deprecated name.
    private static func sharedStructs(
        of endpoints: [Endpoint],
        split: SwiftModuleSplit?,
        fields: (Endpoint) -> [Field]
    ) -> [String: String] {
        struct Shape: Hashable {
            var module: String
            var fields: [Field]
        }
        var owners: [Shape: String] = [:]
        var shared: [String: String] = [:]
        for endpoint in endpoints where endpoint.deprecation == nil {
            // Where a field was written is not part of what the struct shows.
            let shownFields = fields(endpoint).map { field in
                var field = field
                field.origin = Origin(SourceLocation(file: "", line: 0, column: 0))
                return field
            }
            let shape = Shape(module: split?.module(of: endpoint) ?? "", fields: shownFields)
            if let owner = owners[shape] {
                shared[endpoint.operationID] = owner
            } else {
                owners[shape] = endpoint.operationID
            }
        }
        return shared
    }
}
