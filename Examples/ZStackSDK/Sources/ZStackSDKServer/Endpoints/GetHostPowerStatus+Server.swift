import ZStackSDK

/// The server side of ``GetHostPowerStatus``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous.
nonisolated enum GetHostPowerStatusServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetHostPowerStatus.operation, bodyWrapper: "getHostPowerStatus") { call in
            let request = try call.decodeBody(wrapper: "getHostPowerStatus") { body in
                let method = try body.wrappedField(GetHostPowerStatusMethod.self, "method")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return GetHostPowerStatus.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    method: method,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.getHostPowerStatus(request) }
        }
    }
}
