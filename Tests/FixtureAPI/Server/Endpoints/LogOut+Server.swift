import FixtureAPI

/// The server side of ``LogOut``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/accounts/sessions/{sessionUuid}`, synchronous.
nonisolated enum LogOutServerEndpoint: FixtureServerEndpointDefinition {
    static func endpoint(calling handler: some FixtureAPIHandler) -> FixtureServerEndpoint {
        FixtureServerEndpoint(operation: LogOut.operation, bodyWrapper: nil) { call in
            let request = LogOut.Request(sessionUuid: try call.pathParameter("sessionUuid", as: String.self))
            return { try await handler.logOut(request) }
        }
    }
}
