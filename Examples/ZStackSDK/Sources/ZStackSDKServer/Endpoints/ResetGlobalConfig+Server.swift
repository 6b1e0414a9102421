import ZStackSDK

/// The server side of ``ResetGlobalConfig``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/global-configurations/actions`, asynchronous.
nonisolated enum ResetGlobalConfigServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ResetGlobalConfig.operation, bodyWrapper: "resetGlobalConfig") { call in
            let request = try call.decodeBody(wrapper: "resetGlobalConfig") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ResetGlobalConfig.Request(systemTags: systemTags, userTags: userTags)
            }
            return { try await handler.resetGlobalConfig(request) }
        }
    }
}
