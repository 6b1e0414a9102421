import MatrixAPI

/// The server side of ``EchoLaterListOfItem``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/list-of-item`, asynchronous.
nonisolated enum EchoLaterListOfItemServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterListOfItem.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField([Item].self, "value")
                return EchoLaterListOfItem.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterListOfItem(request) }
        }
    }
}
