import MatrixAPI

/// The server side of ``EchoLaterMapOfLong``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/map-of-long`, asynchronous.
nonisolated enum EchoLaterMapOfLongServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterMapOfLong.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField([String: Int64].self, "value")
                return EchoLaterMapOfLong.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterMapOfLong(request) }
        }
    }
}
