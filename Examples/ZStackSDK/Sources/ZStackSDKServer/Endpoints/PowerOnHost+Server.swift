import ZStackSDK

/// The server side of ``PowerOnHost``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous.
nonisolated enum PowerOnHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: PowerOnHost.operation, bodyWrapper: "powerOnHost") { call in
            let request = try call.decodeBody(wrapper: "powerOnHost") { body in
                let returnEarly = try body.wrappedField(Bool.self, "returnEarly")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return PowerOnHost.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    returnEarly: returnEarly,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.powerOnHost(request) }
        }
    }
}
