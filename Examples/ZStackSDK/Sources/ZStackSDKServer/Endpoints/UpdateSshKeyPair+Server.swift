import ZStackSDK

/// The server side of ``UpdateSshKeyPair``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/ssh-key-pair/{uuid}/actions`, asynchronous.
nonisolated enum UpdateSshKeyPairServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateSshKeyPair.operation, bodyWrapper: "updateSshKeyPair") { call in
            let request = try call.decodeBody(wrapper: "updateSshKeyPair") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateSshKeyPair.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateSshKeyPair(request) }
        }
    }
}
