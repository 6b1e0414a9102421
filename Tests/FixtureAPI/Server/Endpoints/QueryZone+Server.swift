import FixtureAPI

/// The server side of ``QueryZone``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/zones`, synchronous.
nonisolated enum QueryZoneServerEndpoint: FixtureServerEndpointDefinition {
    static func endpoint(calling handler: some FixtureAPIHandler) -> FixtureServerEndpoint {
        FixtureServerEndpoint(operation: QueryZone.operation, bodyWrapper: nil) { call in
            let request = QueryZone.Request(
                q: try call.queryParameters("q", as: String.self),
                limit: try call.queryParameter("limit", as: Int.self),
                start: try call.queryParameter("start", as: Int.self),
                replyWithCount: try call.queryParameter("replyWithCount", as: Bool.self),
                sort: try call.queryParameter("sort", as: String.self),
                fields: try call.queryParameter("fields", as: String.self),
                state: try call.queryParameter("state", as: ZoneState.self),
                xJobUUID: try call.headerField("X-Job-UUID", as: String.self)
            )
            return { try await handler.queryZone(request) }
        }
    }
}
