import MatrixAPI

/// The server side of ``EchoFloat``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/float/{pathValue}`, synchronous.
nonisolated enum EchoFloatServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoFloat.operation, bodyWrapper: "echoFloat") { call in
            let request = try call.decodeBody(wrapper: "echoFloat") { body in
                let value = try body.wrappedField(Float.self, "value")
                let optionalValue = try body.wrappedField(Float.self, "optionalValue")
                let nullableValue = try body.wrappedField(Float.self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper(Float.self, "outsideValue")
                return EchoFloat.Request(
                    pathValue: try call.pathParameter("pathValue", as: Float.self),
                    queryValue: try call.required(
                        try call.queryParameter("queryValue", as: Float.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoFloat.value")),
                    optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Float.self),
                    xEchoValue: try call.headerField("X-Echo-Value", as: Float.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoFloat(request) }
        }
    }
}
