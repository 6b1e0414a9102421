import MatrixAPI

/// The server side of ``EchoString``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/string/{pathValue}`, synchronous.
nonisolated enum EchoStringServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoString.operation, bodyWrapper: "echoString") { call in
            let request = try call.decodeBody(wrapper: "echoString") { body in
                let value = try body.wrappedField(String.self, "value")
                let optionalValue = try body.wrappedField(String.self, "optionalValue")
                let nullableValue = try body.wrappedField(String.self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper(String.self, "outsideValue")
                return EchoString.Request(
                    pathValue: try call.pathParameter("pathValue", as: String.self),
                    queryValue: try call.required(
                        try call.queryParameter("queryValue", as: String.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoString.value")),
                    optionalQueryValue: try call.queryParameter("optionalQueryValue", as: String.self),
                    xEchoValue: try call.headerField("X-Echo-Value", as: String.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoString(request) }
        }
    }
}
