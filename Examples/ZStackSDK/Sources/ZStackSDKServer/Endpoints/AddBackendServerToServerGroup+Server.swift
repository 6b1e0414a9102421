import ZStackSDK

/// The server side of ``AddBackendServerToServerGroup``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers`, asynchronous.
nonisolated enum AddBackendServerToServerGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddBackendServerToServerGroup.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let vmNics = try body.wrappedField([[String: String]].self, "vmNics")
                let servers = try body.wrappedField([[String: String]].self, "servers")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddBackendServerToServerGroup.Request(
                    serverGroupUuid: try call.pathParameter("serverGroupUuid", as: String.self),
                    vmNics: vmNics,
                    servers: servers,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addBackendServerToServerGroup(request) }
        }
    }
}
