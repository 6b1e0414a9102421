import MatrixAPI

/// The server side of ``EchoLaterMap``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/map`, asynchronous.
nonisolated enum EchoLaterMapServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterMap.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField(MatrixJSONValue.self, "value")
                return EchoLaterMap.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterMap(request) }
        }
    }
}
