import MatrixAPI

/// The server side of ``EchoLaterListOfListOfInteger``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/list-of-list-of-integer`, asynchronous.
nonisolated enum EchoLaterListOfListOfIntegerServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterListOfListOfInteger.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField([[Int]].self, "value")
                return EchoLaterListOfListOfInteger.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterListOfListOfInteger(request) }
        }
    }
}
