import ZStackSDK

/// The server side of ``UpdateL2Network``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/l2-networks/{uuid}/actions`, asynchronous.
nonisolated enum UpdateL2NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateL2Network.operation, bodyWrapper: "updateL2Network") { call in
            let request = try call.decodeBody(wrapper: "updateL2Network") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateL2Network.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateL2Network(request) }
        }
    }
}
