import ZStackSDK

/// The server side of ``SetVmBootVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous.
nonisolated enum SetVmBootVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmBootVolume.operation, bodyWrapper: "setVmBootVolume") { call in
            let request = try call.decodeBody(wrapper: "setVmBootVolume") { body in
                let volumeUuid = try body.wrappedField(String.self, "volumeUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SetVmBootVolume.Request(
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    volumeUuid: try call.required(volumeUuid, .bodyField("setVmBootVolume.volumeUuid")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.setVmBootVolume(request) }
        }
    }
}
