import ZStackSDK

/// The server side of ``RemoveBackendServerFromServerGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers/actions`, asynchronous.
nonisolated enum RemoveBackendServerFromServerGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: RemoveBackendServerFromServerGroup.operation,
            bodyWrapper: "removeBackendServerFromServerGroup"
        ) { call in
            let request = try call.decodeBody(wrapper: "removeBackendServerFromServerGroup") { body in
                let vmNicUuids = try body.wrappedField([String].self, "vmNicUuids")
                let serverIps = try body.wrappedField([String].self, "serverIps")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return RemoveBackendServerFromServerGroup.Request(
                    serverGroupUuid: try call.pathParameter("serverGroupUuid", as: String.self),
                    vmNicUuids: vmNicUuids,
                    serverIps: serverIps,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.removeBackendServerFromServerGroup(request) }
        }
    }
}
