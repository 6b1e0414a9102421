import ZStackSDK

/// The server side of ``AttachDataVolumeToVm``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/volumes/{volumeUuid}/vm-instances/{vmInstanceUuid}`, asynchronous.
nonisolated enum AttachDataVolumeToVmServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachDataVolumeToVm.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachDataVolumeToVm.Request(
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachDataVolumeToVm(request) }
        }
    }
}
