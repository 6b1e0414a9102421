import ZStackSDK

/// The server side of ``ExpungeDataVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous.
nonisolated enum ExpungeDataVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ExpungeDataVolume.operation, bodyWrapper: "expungeDataVolume") { call in
            let request = try call.decodeBody(wrapper: "expungeDataVolume") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ExpungeDataVolume.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.expungeDataVolume(request) }
        }
    }
}
