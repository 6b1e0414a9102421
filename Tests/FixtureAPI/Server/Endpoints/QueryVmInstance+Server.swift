import FixtureAPI

/// The server side of ``QueryVmInstance``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances`, synchronous.
nonisolated enum QueryVmInstanceServerEndpoint: FixtureServerEndpointDefinition {
    static func endpoint(calling handler: some FixtureAPIHandler) -> FixtureServerEndpoint {
        FixtureServerEndpoint(operation: QueryVmInstance.operation, bodyWrapper: nil) { call in
            let request = QueryVmInstance.Request(
                q: try call.queryParameters("q", as: String.self),
                limit: try call.queryParameter("limit", as: Int.self),
                start: try call.queryParameter("start", as: Int.self),
                replyWithCount: try call.queryParameter("replyWithCount", as: Bool.self),
                sort: try call.queryParameter("sort", as: String.self),
                fields: try call.queryParameter("fields", as: String.self)
            )
            return { try await handler.queryVmInstance(request) }
        }
    }
}
