import ZStackSDK

/// The server side of ``ReconnectPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/{uuid}/actions`, asynchronous.
nonisolated enum ReconnectPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ReconnectPrimaryStorage.operation,
            bodyWrapper: "reconnectPrimaryStorage"
        ) { call in
            let request = try call.decodeBody(wrapper: "reconnectPrimaryStorage") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ReconnectPrimaryStorage.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.reconnectPrimaryStorage(request) }
        }
    }
}
