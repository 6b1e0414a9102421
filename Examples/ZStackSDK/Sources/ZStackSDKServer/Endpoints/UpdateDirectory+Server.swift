import ZStackSDK

/// The server side of ``UpdateDirectory``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/update/directory`, asynchronous.
nonisolated enum UpdateDirectoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateDirectory.operation, bodyWrapper: "updateDirectory") { call in
            let request = try call.decodeBody(wrapper: "updateDirectory") { body in
                let uuid = try body.wrappedField(String.self, "uuid")
                let name = try body.wrappedField(String.self, "name")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateDirectory.Request(
                    uuid: try call.required(uuid, .bodyField("updateDirectory.uuid")),
                    name: try call.required(name, .bodyField("updateDirectory.name")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateDirectory(request) }
        }
    }
}
