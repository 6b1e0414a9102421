import ZStackSDK

/// The server side of ``ShutdownHost``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous.
nonisolated enum ShutdownHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ShutdownHost.operation, bodyWrapper: "shutdownHost") { call in
            let request = try call.decodeBody(wrapper: "shutdownHost") { body in
                let returnEarly = try body.wrappedField(Bool.self, "returnEarly")
                let force = try body.wrappedField(Bool.self, "force")
                let method = try body.wrappedField(ShutdownHostMethod.self, "method")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ShutdownHost.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    returnEarly: returnEarly,
                    force: force,
                    method: method,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.shutdownHost(request) }
        }
    }
}
