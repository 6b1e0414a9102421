import ZStackSDK

/// The server side of ``GenerateSshKeyPair``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/ssh-key-pair/generate`, synchronous.
nonisolated enum GenerateSshKeyPairServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GenerateSshKeyPair.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return GenerateSshKeyPair.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.generateSshKeyPair(request) }
        }
    }
}
