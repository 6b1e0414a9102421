import ZStackSDK

/// The server side of ``AddStorageProtocol``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/primary-storage/protocol`, asynchronous.
nonisolated enum AddStorageProtocolServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddStorageProtocol.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let uuid = try body.wrappedField(String.self, "uuid")
                let outputProtocol = try body.wrappedField(String.self, "outputProtocol")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddStorageProtocol.Request(
                    uuid: try call.required(uuid, .bodyField("params.uuid")),
                    outputProtocol: try call.required(outputProtocol, .bodyField("params.outputProtocol")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addStorageProtocol(request) }
        }
    }
}
