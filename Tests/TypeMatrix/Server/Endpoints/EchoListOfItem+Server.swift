import MatrixAPI

/// The server side of ``EchoListOfItem``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/list-of-item`, synchronous.
nonisolated enum EchoListOfItemServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoListOfItem.operation, bodyWrapper: "echoListOfItem") { call in
            let request = try call.decodeBody(wrapper: "echoListOfItem") { body in
                let value = try body.wrappedField([Item].self, "value")
                let optionalValue = try body.wrappedField([Item].self, "optionalValue")
                let nullableValue = try body.wrappedField([Item].self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper([Item].self, "outsideValue")
                return EchoListOfItem.Request(
                    value: try call.required(value, .bodyField("echoListOfItem.value")),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoListOfItem(request) }
        }
    }
}
