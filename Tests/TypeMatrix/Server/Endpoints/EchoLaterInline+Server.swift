import MatrixAPI

/// The server side of ``EchoLaterInline``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/inline`, asynchronous.
nonisolated enum EchoLaterInlineServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterInline.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let value = try body.wrappedField(InlineThing.self, "value")
                return EchoLaterInline.Request(value: try call.required(value, .bodyField("params.value")))
            }
            return { try await handler.echoLaterInline(request) }
        }
    }
}
