import MatrixAPI

/// The server side of ``EchoLaterItem``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/item`, asynchronous.
nonisolated enum EchoLaterItemServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterItem.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField(Item.self, "value")
                return EchoLaterItem.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterItem(request) }
        }
    }
}
