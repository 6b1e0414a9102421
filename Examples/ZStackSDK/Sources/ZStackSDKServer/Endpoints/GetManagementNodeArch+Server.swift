import ZStackSDK

/// The server side of ``GetManagementNodeArch``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/management-nodes/actions`, synchronous.
nonisolated enum GetManagementNodeArchServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetManagementNodeArch.operation, bodyWrapper: "getManagementNodeArch") { call in
            let request = try call.decodeBody(wrapper: "getManagementNodeArch") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return GetManagementNodeArch.Request(systemTags: systemTags, userTags: userTags)
            }
            return { try await handler.getManagementNodeArch(request) }
        }
    }
}
