import MatrixAPI

/// The server side of ``EchoLaterListOfColor``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/list-of-color`, asynchronous.
nonisolated enum EchoLaterListOfColorServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterListOfColor.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField([Color].self, "value")
                return EchoLaterListOfColor.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterListOfColor(request) }
        }
    }
}
