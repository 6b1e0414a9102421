import ZStackSDK

/// The server side of ``GetLoginProcedures``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/login/procedures`, synchronous.
nonisolated enum GetLoginProceduresServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetLoginProcedures.operation, bodyWrapper: nil) { call in
            let request = GetLoginProcedures.Request(
                username: try call.required(
                    try call.queryParameter("username", as: String.self),
                    .queryParameter("username")
                ),
                loginType: try call.required(
                    try call.queryParameter("loginType", as: String.self),
                    .queryParameter("loginType")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getLoginProcedures(request) }
        }
    }
}
