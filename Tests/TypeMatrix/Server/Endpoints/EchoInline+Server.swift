import MatrixAPI

/// The server side of ``EchoInline``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/inline`, synchronous.
nonisolated enum EchoInlineServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoInline.operation, bodyWrapper: "echoInline") { call in
            let request = try call.decodeBody(wrapper: "echoInline") { body in
                let value = try body.wrappedField(InlineThing.self, "value")
                let optionalValue = try body.wrappedField(InlineThing.self, "optionalValue")
                let nullableValue = try body.wrappedField(InlineThing.self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper(InlineThing.self, "outsideValue")
                return EchoInline.Request(
                    value: try call.required(value, .bodyField("echoInline.value")),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoInline(request) }
        }
    }
}
