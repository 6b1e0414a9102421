import ZStackSDK

/// The server side of ``SyncVolumeSize``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous.
nonisolated enum SyncVolumeSizeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SyncVolumeSize.operation, bodyWrapper: "syncVolumeSize") { call in
            let request = try call.decodeBody(wrapper: "syncVolumeSize") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SyncVolumeSize.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.syncVolumeSize(request) }
        }
    }
}
