import MatrixAPI

/// The server side of ``EchoLaterMapOfColor``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/map-of-color`, asynchronous.
nonisolated enum EchoLaterMapOfColorServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterMapOfColor.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField([String: Color].self, "value")
                return EchoLaterMapOfColor.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterMapOfColor(request) }
        }
    }
}
