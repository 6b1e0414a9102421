import MatrixAPI

/// The server side of ``EchoLaterNode``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/node`, asynchronous.
nonisolated enum EchoLaterNodeServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterNode.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField(Node.self, "value")
                return EchoLaterNode.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterNode(request) }
        }
    }
}
