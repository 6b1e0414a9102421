import MatrixAPI

/// The server side of ``EchoListOfListOfInteger``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/list-of-list-of-integer`, synchronous.
nonisolated enum EchoListOfListOfIntegerServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(
            operation: EchoListOfListOfInteger.operation,
            bodyWrapper: "echoListOfListOfInteger"
        ) { call in
            let request = try call.decodeBody(wrapper: "echoListOfListOfInteger") { body in
                let value = try body.wrappedField([[Int]].self, "value")
                let optionalValue = try body.wrappedField([[Int]].self, "optionalValue")
                let nullableValue = try body.wrappedField([[Int]].self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper([[Int]].self, "outsideValue")
                return EchoListOfListOfInteger.Request(
                    value: try call.required(value, .bodyField("echoListOfListOfInteger.value")),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoListOfListOfInteger(request) }
        }
    }
}
