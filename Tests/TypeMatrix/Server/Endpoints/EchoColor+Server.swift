import MatrixAPI

/// The server side of ``EchoColor``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/color/{pathValue}`, synchronous.
nonisolated enum EchoColorServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoColor.operation, bodyWrapper: "echoColor") { call in
            let request = try call.decodeBody(wrapper: "echoColor") { body in
                let value = try body.wrappedField(Color.self, "value")
                let optionalValue = try body.wrappedField(Color.self, "optionalValue")
                let nullableValue = try body.wrappedField(Color.self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper(Color.self, "outsideValue")
                return EchoColor.Request(
                    pathValue: try call.pathParameter("pathValue", as: Color.self),
                    queryValue: try call.required(
                        try call.queryParameter("queryValue", as: Color.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoColor.value")),
                    optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Color.self),
                    xEchoValue: try call.headerField("X-Echo-Value", as: Color.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoColor(request) }
        }
    }
}
