import ZStackSDK

/// The server side of ``RecoverDataVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous.
nonisolated enum RecoverDataVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RecoverDataVolume.operation, bodyWrapper: "recoverDataVolume") { call in
            let request = try call.decodeBody(wrapper: "recoverDataVolume") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return RecoverDataVolume.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.recoverDataVolume(request) }
        }
    }
}
