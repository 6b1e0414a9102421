import ZStackSDK

/// The server side of ``BatchSyncVolumeSize``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/volumes/batch-sync-volumes`, synchronous.
nonisolated enum BatchSyncVolumeSizeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: BatchSyncVolumeSize.operation, bodyWrapper: nil) { call in
            let request = try call.decodeBody { body in
                let clusterUuid = try body.field(String.self, "clusterUuid")
                let systemTags = try body.field([String].self, "systemTags")
                let userTags = try body.field([String].self, "userTags")
                return BatchSyncVolumeSize.Request(
                    clusterUuid: try call.required(clusterUuid, .bodyField("clusterUuid")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.batchSyncVolumeSize(request) }
        }
    }
}
