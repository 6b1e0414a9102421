import ZStackSDK

/// The server side of ``ValidateSession``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/accounts/sessions/{sessionUuid}/valid`, synchronous.
nonisolated enum ValidateSessionServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ValidateSession.operation, bodyWrapper: nil) { call in
            let request = ValidateSession.Request(
                sessionUuid: try call.pathParameter("sessionUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.validateSession(request) }
        }
    }
}
