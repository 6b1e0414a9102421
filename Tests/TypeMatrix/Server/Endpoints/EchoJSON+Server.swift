import MatrixAPI

/// The server side of ``EchoJSON``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/j-s-o-n`, synchronous.
nonisolated enum EchoJSONServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoJSON.operation, bodyWrapper: "echoJSON") { call in
            let request = try call.decodeBody(wrapper: "echoJSON") { body in
                let value = try body.wrappedField(MatrixJSONValue.self, "value")
                let optionalValue = try body.wrappedField(MatrixJSONValue.self, "optionalValue")
                let nullableValue = try body.wrappedField(MatrixJSONValue.self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper(MatrixJSONValue.self, "outsideValue")
                return EchoJSON.Request(
                    value: try call.required(value, .bodyField("echoJSON.value")),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoJSON(request) }
        }
    }
}
