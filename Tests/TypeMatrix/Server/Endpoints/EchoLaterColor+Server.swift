import MatrixAPI

/// The server side of ``EchoLaterColor``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/color`, asynchronous.
nonisolated enum EchoLaterColorServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterColor.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField(Color.self, "value")
                return EchoLaterColor.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterColor(request) }
        }
    }
}
