import MatrixAPI

/// The server side of ``EchoBoolean``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/boolean/{pathValue}`, synchronous.
nonisolated enum EchoBooleanServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoBoolean.operation, bodyWrapper: "echoBoolean") { call in
            let request = try call.decodeBody(wrapper: "echoBoolean") { body in
                let value = try body.wrappedField(Bool.self, "value")
                let optionalValue = try body.wrappedField(Bool.self, "optionalValue")
                let nullableValue = try body.wrappedField(Bool.self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper(Bool.self, "outsideValue")
                return EchoBoolean.Request(
                    pathValue: try call.pathParameter("pathValue", as: Bool.self),
                    queryValue: try call.required(
                        try call.queryParameter("queryValue", as: Bool.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoBoolean.value")),
                    optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Bool.self),
                    xEchoValue: try call.headerField("X-Echo-Value", as: Bool.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoBoolean(request) }
        }
    }
}
