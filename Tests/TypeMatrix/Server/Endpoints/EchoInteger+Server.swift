import MatrixAPI

/// The server side of ``EchoInteger``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/integer/{pathValue}`, synchronous.
nonisolated enum EchoIntegerServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoInteger.operation, bodyWrapper: "echoInteger") { call in
            let request = try call.decodeBody(wrapper: "echoInteger") { body in
                let value = try body.wrappedField(Int.self, "value")
                let optionalValue = try body.wrappedField(Int.self, "optionalValue")
                let nullableValue = try body.wrappedField(Int.self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper(Int.self, "outsideValue")
                return EchoInteger.Request(
                    pathValue: try call.pathParameter("pathValue", as: Int.self),
                    queryValue: try call.required(
                        try call.queryParameter("queryValue", as: Int.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoInteger.value")),
                    optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Int.self),
                    xEchoValue: try call.headerField("X-Echo-Value", as: Int.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoInteger(request) }
        }
    }
}
