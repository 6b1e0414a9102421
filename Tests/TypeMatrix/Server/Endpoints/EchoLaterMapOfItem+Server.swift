import MatrixAPI

/// The server side of ``EchoLaterMapOfItem``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/map-of-item`, asynchronous.
nonisolated enum EchoLaterMapOfItemServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterMapOfItem.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField([String: Item].self, "value")
                return EchoLaterMapOfItem.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterMapOfItem(request) }
        }
    }
}
