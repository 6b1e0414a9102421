import MatrixAPI

/// The server side of ``EchoLaterInteger``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/integer`, asynchronous.
nonisolated enum EchoLaterIntegerServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterInteger.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField(Int.self, "value")
                return EchoLaterInteger.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterInteger(request) }
        }
    }
}
