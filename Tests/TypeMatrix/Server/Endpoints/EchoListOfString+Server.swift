import MatrixAPI

/// The server side of ``EchoListOfString``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/list-of-string`, synchronous.
nonisolated enum EchoListOfStringServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoListOfString.operation, bodyWrapper: "echoListOfString") { call in
            let request = try call.decodeBody(wrapper: "echoListOfString") { body in
                let value = try body.wrappedField([String].self, "value")
                let optionalValue = try body.wrappedField([String].self, "optionalValue")
                let nullableValue = try body.wrappedField([String].self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper([String].self, "outsideValue")
                return EchoListOfString.Request(
                    queryValue: try call.required(
                        try call.queryParameters("queryValue", as: String.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoListOfString.value")),
                    optionalQueryValue: try call.queryParameters("optionalQueryValue", as: String.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoListOfString(request) }
        }
    }
}
