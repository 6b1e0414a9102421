/// Checks that every endpoint that follows `api.queries` (it has the convention's conditions
/// parameter) has each parameter and reply field the convention names, with a type the generated
/// paging helpers can use. Each shortfall is an error at the endpoint's conditions parameter.
struct QueryConventionChecker {
    let model: APIModel
    var diagnostics = DiagnosticCollector()

    init(model: APIModel) { self.model = model }

    mutating func check() {
        guard let queries = model.settings.queries else { return }
        var methods: [String: Endpoint] = [:]
        for endpoint in model.endpoints {
            methods[Self.methodName(endpoint.operationID)] = endpoint
        }
        for endpoint in model.endpoints {
            guard let conditions = endpoint.queryParameters.first(where: { $0.name == queries.conditions }) else { continue }
            let unmet = Self.unmet(by: endpoint, conditions: conditions, queries: queries)
            for requirement in unmet {
                diagnostics.append(
                    .queryConventionNotFollowed(operationID: endpoint.operationID, conditions: conditions.name, requirement: requirement),
                    at: conditions.origin.location)
            }
            let paging = Self.pagingMethodName(endpoint.operationID)
            if unmet.isEmpty, let other = methods[paging] {
                diagnostics.append(
                    .pagingMethodIsEndpointMethod(operationID: other.operationID, query: endpoint.operationID, swiftName: paging),
                    at: other.origin.location, notes: [Diagnostic(.declaredHere(endpoint.operationID), at: endpoint.origin.location)])
            }
        }
    }

    /// The client method of an endpoint (`queryZone`), unescaped, as the Swift emitter names it.
    static func methodName(_ operationID: String) -> String { SwiftName.bare(operationID, upperFirst: false) }

    /// The paging method of a query endpoint (`queryZoneItems`); never a keyword.
    static func pagingMethodName(_ operationID: String) -> String { methodName(operationID) + "Items" }

    /// Whether `endpoint` follows `queries` with nothing missing: the generated client's paging helpers are
    /// for exactly these endpoints.
    static func follows(_ endpoint: Endpoint, _ queries: APISettings.Queries) -> Bool {
        guard let conditions = endpoint.queryParameters.first(where: { $0.name == queries.conditions }) else { return false }
        return unmet(by: endpoint, conditions: conditions, queries: queries).isEmpty
    }

    private static func unmet(by endpoint: Endpoint, conditions: Field, queries: APISettings.Queries) -> [DiagnosticMessage.QueryRequirement] {
        func parameter(_ name: String) -> TypeReference? { endpoint.queryParameters.first { $0.name == name }?.type }
        func field(_ name: String) -> TypeReference? { endpoint.response?.fields.first { $0.name == name }?.type }
        func isInteger(_ type: TypeReference?) -> Bool { type == .integer || type == .long }
        var unmet: [DiagnosticMessage.QueryRequirement] = []
        if conditions.type != .list(.string) { unmet.append(.conditionsParameter(conditions.name)) }
        if !isInteger(parameter(queries.limit)) { unmet.append(.integerParameter(queries.limit, keyword: "limit")) }
        if !isInteger(parameter(queries.start)) { unmet.append(.integerParameter(queries.start, keyword: "start")) }
        if let count = queries.count, parameter(count) != .boolean { unmet.append(.booleanParameter(count, keyword: "count")) }
        if case .list = field(queries.items) {} else { unmet.append(.listField(queries.items, keyword: "items")) }
        if let total = queries.total, !isInteger(field(total)) { unmet.append(.integerField(total, keyword: "total")) }
        if let sort = queries.sort, parameter(sort) != .string { unmet.append(.stringParameter(sort, keyword: "sort")) }
        if let fields = queries.fields, parameter(fields) != .string { unmet.append(.stringParameter(fields, keyword: "fields")) }
        return unmet
    }
}
