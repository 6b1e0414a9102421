import ZStackSDK

/// The server side of ``SetVmHostname``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmHostnameServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmHostname.operation, bodyWrapper: "setVmHostname") { call in
            let request = try call.decodeBody(wrapper: "setVmHostname") { body in
                let hostname = try body.wrappedField(String.self, "hostname")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SetVmHostname.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    hostname: try call.required(hostname, .bodyField("setVmHostname.hostname")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.setVmHostname(request) }
        }
    }
}
