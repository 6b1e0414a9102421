import MatrixAPI

/// The server side of ``EchoItem``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/item`, synchronous.
nonisolated enum EchoItemServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoItem.operation, bodyWrapper: "echoItem") { call in
            let request = try call.decodeBody(wrapper: "echoItem") { body in
                let value = try body.wrappedField(Item.self, "value")
                let optionalValue = try body.wrappedField(Item.self, "optionalValue")
                let nullableValue = try body.wrappedField(Item.self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper(Item.self, "outsideValue")
                return EchoItem.Request(
                    value: try call.required(value, .bodyField("echoItem.value")),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoItem(request) }
        }
    }
}
