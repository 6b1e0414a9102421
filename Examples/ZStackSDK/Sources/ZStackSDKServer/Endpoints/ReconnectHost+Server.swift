import ZStackSDK

/// The server side of ``ReconnectHost``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/{uuid}/actions`, asynchronous.
nonisolated enum ReconnectHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ReconnectHost.operation, bodyWrapper: "reconnectHost") { call in
            let request = try call.decodeBody(wrapper: "reconnectHost") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ReconnectHost.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.reconnectHost(request) }
        }
    }
}
