import MatrixAPI

/// The server side of ``EchoLaterString``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/string`, asynchronous.
nonisolated enum EchoLaterStringServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterString.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField(String.self, "value")
                return EchoLaterString.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterString(request) }
        }
    }
}
