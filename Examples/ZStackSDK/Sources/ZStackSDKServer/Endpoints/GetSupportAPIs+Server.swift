import ZStackSDK

/// The server side of ``GetSupportAPIs``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/management-nodes/actions`, synchronous.
nonisolated enum GetSupportAPIsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetSupportAPIs.operation, bodyWrapper: "getSupportAPIs") { call in
            let request = try call.decodeBody(wrapper: "getSupportAPIs") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return GetSupportAPIs.Request(systemTags: systemTags, userTags: userTags)
            }
            return { try await handler.getSupportAPIs(request) }
        }
    }
}
