import ZStackSDK

/// The server side of ``UpdateHost``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/{uuid}/actions`, asynchronous.
nonisolated enum UpdateHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateHost.operation, bodyWrapper: "updateHost") { call in
            let request = try call.decodeBody(wrapper: "updateHost") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let managementIp = try body.wrappedField(String.self, "managementIp")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateHost.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    managementIp: managementIp,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateHost(request) }
        }
    }
}
