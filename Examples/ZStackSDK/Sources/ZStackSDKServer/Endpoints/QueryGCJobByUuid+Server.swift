import ZStackSDK

/// The server side of ``QueryGCJobByUuid``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/gc-jobs/{uuid}`, synchronous.
nonisolated enum QueryGCJobByUuidServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: QueryGCJobByUuid.operation, bodyWrapper: nil) { call in
            let request = QueryGCJobByUuid.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                q: try call.queryParameters("q", as: String.self),
                limit: try call.queryParameter("limit", as: Int.self),
                start: try call.queryParameter("start", as: Int.self),
                count: try call.queryParameter("count", as: Bool.self),
                groupBy: try call.queryParameter("groupBy", as: String.self),
                replyWithCount: try call.queryParameter("replyWithCount", as: Bool.self),
                sort: try call.queryParameter("sort", as: String.self),
                fields: try call.queryParameter("fields", as: String.self)
            )
            return { try await handler.queryGCJobByUuid(request) }
        }
    }
}
