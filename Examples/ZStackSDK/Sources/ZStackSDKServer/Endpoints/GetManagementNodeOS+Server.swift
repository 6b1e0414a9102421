import ZStackSDK

/// The server side of ``GetManagementNodeOS``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/management/actions`, synchronous.
nonisolated enum GetManagementNodeOSServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetManagementNodeOS.operation, bodyWrapper: "getManagementNodeOS") { call in
            let request = try call.decodeBody(wrapper: "getManagementNodeOS") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return GetManagementNodeOS.Request(systemTags: systemTags, userTags: userTags)
            }
            return { try await handler.getManagementNodeOS(request) }
        }
    }
}
