import MatrixAPI

/// The server side of ``EchoLaterDouble``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/double`, asynchronous.
nonisolated enum EchoLaterDoubleServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterDouble.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField(Double.self, "value")
                return EchoLaterDouble.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterDouble(request) }
        }
    }
}
