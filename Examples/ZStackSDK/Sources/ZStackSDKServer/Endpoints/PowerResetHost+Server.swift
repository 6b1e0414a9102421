import ZStackSDK

/// The server side of ``PowerResetHost``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous.
nonisolated enum PowerResetHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: PowerResetHost.operation, bodyWrapper: "powerResetHost") { call in
            let request = try call.decodeBody(wrapper: "powerResetHost") { body in
                let method = try body.wrappedField(PowerResetHostMethod.self, "method")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let returnEarly = try body.wrappedField(Bool.self, "returnEarly")
                return PowerResetHost.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    method: method,
                    systemTags: systemTags,
                    userTags: userTags,
                    returnEarly: returnEarly
                )
            }
            return { try await handler.powerResetHost(request) }
        }
    }
}
