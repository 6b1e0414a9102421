import ZStackSDK

/// The server side of ``DeletePolicy``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/accounts/policies/{uuid}`, asynchronous.
nonisolated enum DeletePolicyServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeletePolicy.operation, bodyWrapper: nil) { call in
            let request = DeletePolicy.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deletePolicy(request) }
        }
    }
}
