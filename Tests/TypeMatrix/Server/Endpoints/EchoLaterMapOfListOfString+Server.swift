import MatrixAPI

/// The server side of ``EchoLaterMapOfListOfString``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/map-of-list-of-string`, asynchronous.
nonisolated enum EchoLaterMapOfListOfStringServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterMapOfListOfString.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField([String: [String]].self, "value")
                return EchoLaterMapOfListOfString.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterMapOfListOfString(request) }
        }
    }
}
