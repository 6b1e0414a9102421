import MatrixAPI

/// The server side of ``EchoLaterListOfLong``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/list-of-long`, asynchronous.
nonisolated enum EchoLaterListOfLongServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterListOfLong.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField([Int64].self, "value")
                return EchoLaterListOfLong.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterListOfLong(request) }
        }
    }
}
