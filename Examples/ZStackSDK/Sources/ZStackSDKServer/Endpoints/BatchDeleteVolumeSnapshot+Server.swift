import ZStackSDK

/// The server side of ``BatchDeleteVolumeSnapshot``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volume-snapshots/batch-delete`, asynchronous.
nonisolated enum BatchDeleteVolumeSnapshotServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: BatchDeleteVolumeSnapshot.operation,
            bodyWrapper: "batchDeleteVolumeSnapshot"
        ) { call in
            let request = try call.decodeBody(wrapper: "batchDeleteVolumeSnapshot") { body in
                let uuids = try body.wrappedField([String].self, "uuids")
                let deleteMode = try body.wrappedField(String.self, "deleteMode")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return BatchDeleteVolumeSnapshot.Request(
                    uuids: try call.required(uuids, .bodyField("batchDeleteVolumeSnapshot.uuids")),
                    deleteMode: deleteMode,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.batchDeleteVolumeSnapshot(request) }
        }
    }
}
