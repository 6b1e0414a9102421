import ZStackSDK

/// The server side of ``RequestConsoleAccess``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/consoles`, asynchronous.
nonisolated enum RequestConsoleAccessServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RequestConsoleAccess.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let vmInstanceUuid = try body.wrappedField(String.self, "vmInstanceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return RequestConsoleAccess.Request(
                    vmInstanceUuid: try call.required(vmInstanceUuid, .bodyField("params.vmInstanceUuid")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.requestConsoleAccess(request) }
        }
    }
}
