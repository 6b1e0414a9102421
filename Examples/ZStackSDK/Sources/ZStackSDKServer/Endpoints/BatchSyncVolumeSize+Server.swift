import ZStackSDK

/// The server side of ``BatchSyncVolumeSize``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/volumes/batch-sync-volumes`, synchronous.
nonisolated enum BatchSyncVolumeSizeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: BatchSyncVolumeSize.operation, bodyWrapper: nil) { call in
            let body = try call.decodeBody(Body.self)
            let request = BatchSyncVolumeSize.Request(
                clusterUuid: try call.required(body.clusterUuid, .bodyField("clusterUuid")),
                systemTags: body.systemTags,
                userTags: body.userTags
            )
            return { try await handler.batchSyncVolumeSize(request) }
        }
    }

    /// The JSON body of a request.
    private struct Body: Decodable {
        var clusterUuid: String?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case clusterUuid = "clusterUuid"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }
    }
}
