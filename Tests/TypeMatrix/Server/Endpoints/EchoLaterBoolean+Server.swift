import MatrixAPI

/// The server side of ``EchoLaterBoolean``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/boolean`, asynchronous.
nonisolated enum EchoLaterBooleanServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterBoolean.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField(Bool.self, "value")
                return EchoLaterBoolean.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterBoolean(request) }
        }
    }
}
