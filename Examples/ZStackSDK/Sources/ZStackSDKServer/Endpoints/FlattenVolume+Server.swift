import ZStackSDK

/// The server side of ``FlattenVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous.
nonisolated enum FlattenVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: FlattenVolume.operation, bodyWrapper: "flattenVolume") { call in
            let request = try call.decodeBody(wrapper: "flattenVolume") { body in
                let dryRun = try body.wrappedField(Bool.self, "dryRun")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return FlattenVolume.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    dryRun: dryRun,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.flattenVolume(request) }
        }
    }
}
