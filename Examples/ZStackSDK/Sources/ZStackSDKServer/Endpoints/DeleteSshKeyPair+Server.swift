import ZStackSDK

/// The server side of ``DeleteSshKeyPair``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/ssh-key-pair/{uuid}`, asynchronous.
nonisolated enum DeleteSshKeyPairServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteSshKeyPair.operation, bodyWrapper: nil) { call in
            let request = DeleteSshKeyPair.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteSshKeyPair(request) }
        }
    }
}
