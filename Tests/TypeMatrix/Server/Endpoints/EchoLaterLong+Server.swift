import MatrixAPI

/// The server side of ``EchoLaterLong``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/long`, asynchronous.
nonisolated enum EchoLaterLongServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterLong.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField(Int64.self, "value")
                return EchoLaterLong.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterLong(request) }
        }
    }
}
