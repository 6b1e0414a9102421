import ZStackSDK

/// The server side of ``AttachDataVolumeToHost``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/volumes/{volumeUuid}/hosts/{hostUuid}`, asynchronous.
nonisolated enum AttachDataVolumeToHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachDataVolumeToHost.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let mountPath = try body.wrappedField(String.self, "mountPath")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachDataVolumeToHost.Request(
                    volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                    hostUuid: try call.pathParameter("hostUuid", as: String.self),
                    mountPath: try call.required(mountPath, .bodyField("params.mountPath")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachDataVolumeToHost(request) }
        }
    }
}
