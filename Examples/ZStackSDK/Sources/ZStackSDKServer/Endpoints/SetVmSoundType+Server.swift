import ZStackSDK

/// The server side of ``SetVmSoundType``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmSoundTypeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmSoundType.operation, bodyWrapper: "setVmSoundType") { call in
            let request = try call.decodeBody(wrapper: "setVmSoundType") { body in
                let soundType = try body.wrappedField(SetVmSoundTypeSoundType.self, "soundType")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SetVmSoundType.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    soundType: try call.required(soundType, .bodyField("setVmSoundType.soundType")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.setVmSoundType(request) }
        }
    }
}
