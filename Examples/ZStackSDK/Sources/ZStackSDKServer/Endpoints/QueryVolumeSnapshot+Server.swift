import ZStackSDK

/// The server side of ``QueryVolumeSnapshot``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/volume-snapshots`, synchronous.
nonisolated enum QueryVolumeSnapshotServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: QueryVolumeSnapshot.operation, bodyWrapper: nil) { call in
            let request = QueryVolumeSnapshot.Request(
                q: try call.queryParameters("q", as: String.self),
                limit: try call.queryParameter("limit", as: Int.self),
                start: try call.queryParameter("start", as: Int.self),
                count: try call.queryParameter("count", as: Bool.self),
                groupBy: try call.queryParameter("groupBy", as: String.self),
                replyWithCount: try call.queryParameter("replyWithCount", as: Bool.self),
                sort: try call.queryParameter("sort", as: String.self),
                fields: try call.queryParameter("fields", as: String.self)
            )
            return { try await handler.queryVolumeSnapshot(request) }
        }
    }
}
