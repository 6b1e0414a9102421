import MatrixAPI

/// The server side of ``EchoMapOfItem``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/map-of-item`, synchronous.
nonisolated enum EchoMapOfItemServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoMapOfItem.operation, bodyWrapper: "echoMapOfItem") { call in
            let request = try call.decodeBody(wrapper: "echoMapOfItem") { body in
                let value = try body.wrappedField([String: Item].self, "value")
                let optionalValue = try body.wrappedField([String: Item].self, "optionalValue")
                let nullableValue = try body.wrappedField([String: Item].self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper([String: Item].self, "outsideValue")
                return EchoMapOfItem.Request(
                    value: try call.required(value, .bodyField("echoMapOfItem.value")),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoMapOfItem(request) }
        }
    }
}
