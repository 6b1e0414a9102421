import MatrixAPI

/// The server side of ``EchoDouble``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/double/{pathValue}`, synchronous.
nonisolated enum EchoDoubleServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoDouble.operation, bodyWrapper: "echoDouble") { call in
            let request = try call.decodeBody(wrapper: "echoDouble") { body in
                let value = try body.wrappedField(Double.self, "value")
                let optionalValue = try body.wrappedField(Double.self, "optionalValue")
                let nullableValue = try body.wrappedField(Double.self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper(Double.self, "outsideValue")
                return EchoDouble.Request(
                    pathValue: try call.pathParameter("pathValue", as: Double.self),
                    queryValue: try call.required(
                        try call.queryParameter("queryValue", as: Double.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoDouble.value")),
                    optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Double.self),
                    xEchoValue: try call.headerField("X-Echo-Value", as: Double.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoDouble(request) }
        }
    }
}
