import ZStackSDK

/// The server side of ``CreateSshKeyPair``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/ssh-key-pair`, asynchronous.
nonisolated enum CreateSshKeyPairServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateSshKeyPair.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let publicKey = try body.wrappedField(String.self, "publicKey")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CreateSshKeyPair.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    publicKey: try call.required(publicKey, .bodyField("params.publicKey")),
                    description: description,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.createSshKeyPair(request) }
        }
    }
}
