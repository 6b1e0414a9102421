import ZStackClient

/// The server side of ``CreateZone``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/zones`, asynchronous.
nonisolated enum CreateZoneServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateZone.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                return CreateZone.Request(name: try call.required(name, .bodyField("params.name")))
            }
            return { try await handler.createZone(request) }
        }
    }
}
