import MatrixAPI

/// The server side of ``EchoLaterListOfString``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/list-of-string`, asynchronous.
nonisolated enum EchoLaterListOfStringServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterListOfString.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField([String].self, "value")
                return EchoLaterListOfString.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterListOfString(request) }
        }
    }
}
