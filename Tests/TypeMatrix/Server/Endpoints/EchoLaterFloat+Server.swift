import MatrixAPI

/// The server side of ``EchoLaterFloat``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/float`, asynchronous.
nonisolated enum EchoLaterFloatServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterFloat.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField(Float.self, "value")
                return EchoLaterFloat.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterFloat(request) }
        }
    }
}
