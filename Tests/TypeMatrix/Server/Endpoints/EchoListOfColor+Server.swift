import MatrixAPI

/// The server side of ``EchoListOfColor``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/list-of-color`, synchronous.
nonisolated enum EchoListOfColorServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoListOfColor.operation, bodyWrapper: "echoListOfColor") { call in
            let request = try call.decodeBody(wrapper: "echoListOfColor") { body in
                let value = try body.wrappedField([Color].self, "value")
                let optionalValue = try body.wrappedField([Color].self, "optionalValue")
                let nullableValue = try body.wrappedField([Color].self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper([Color].self, "outsideValue")
                return EchoListOfColor.Request(
                    queryValue: try call.required(
                        try call.queryParameters("queryValue", as: Color.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoListOfColor.value")),
                    optionalQueryValue: try call.queryParameters("optionalQueryValue", as: Color.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoListOfColor(request) }
        }
    }
}
