import ZStackSDK

/// The server side of ``UpdateVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous.
nonisolated enum UpdateVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVolume.operation, bodyWrapper: "updateVolume") { call in
            let request = try call.decodeBody(wrapper: "updateVolume") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateVolume.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateVolume(request) }
        }
    }
}
