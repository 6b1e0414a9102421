import ZStackSDK

/// The server side of ``GetCurrentTime``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/management-nodes/actions`, synchronous.
nonisolated enum GetCurrentTimeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetCurrentTime.operation, bodyWrapper: "getCurrentTime") { call in
            let request = try call.decodeBody(wrapper: "getCurrentTime") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return GetCurrentTime.Request(systemTags: systemTags, userTags: userTags)
            }
            return { try await handler.getCurrentTime(request) }
        }
    }
}
