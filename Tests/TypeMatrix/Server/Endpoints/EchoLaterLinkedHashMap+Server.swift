import MatrixAPI

/// The server side of ``EchoLaterLinkedHashMap``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/linked-hash-map`, asynchronous.
nonisolated enum EchoLaterLinkedHashMapServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterLinkedHashMap.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField(MatrixJSONValue.self, "value")
                return EchoLaterLinkedHashMap.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterLinkedHashMap(request) }
        }
    }
}
