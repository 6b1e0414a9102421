import ZStackSDK

/// The server side of ``LogOut``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/accounts/sessions/{sessionUuid}`, synchronous.
nonisolated enum LogOutServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: LogOut.operation, bodyWrapper: nil) { call in
            let request = LogOut.Request(
                sessionUuid: try call.pathParameter("sessionUuid", as: String.self),
                clientInfo: try call.queryMap("clientInfo", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.logOut(request) }
        }
    }
}
