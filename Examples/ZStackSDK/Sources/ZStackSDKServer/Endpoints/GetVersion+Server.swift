import ZStackSDK

/// The server side of ``GetVersion``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/management-nodes/actions`, synchronous.
nonisolated enum GetVersionServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVersion.operation, bodyWrapper: "getVersion") { call in
            let request = try call.decodeBody(wrapper: "getVersion") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return GetVersion.Request(systemTags: systemTags, userTags: userTags)
            }
            return { try await handler.getVersion(request) }
        }
    }
}
