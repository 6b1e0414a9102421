import ZStackSDK

/// The server side of ``RenewSession``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/sessions/{sessionUuid}/renew`, asynchronous.
nonisolated enum RenewSessionServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RenewSession.operation, bodyWrapper: "renewSession") { call in
            let request = try call.decodeBody(wrapper: "renewSession") { body in
                let duration = try body.wrappedField(Int64.self, "duration")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return RenewSession.Request(
                    sessionUuid: try call.pathParameter("sessionUuid", as: String.self),
                    duration: duration,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.renewSession(request) }
        }
    }
}
