import MatrixAPI

/// The server side of ``EchoLaterJSON``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/j-s-o-n`, asynchronous.
nonisolated enum EchoLaterJSONServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterJSON.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField(MatrixJSONValue.self, "value")
                return EchoLaterJSON.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterJSON(request) }
        }
    }
}
