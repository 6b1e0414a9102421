import MatrixAPI

/// The server side of ``EchoMapOfColor``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/map-of-color`, synchronous.
nonisolated enum EchoMapOfColorServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoMapOfColor.operation, bodyWrapper: "echoMapOfColor") { call in
            let request = try call.decodeBody(wrapper: "echoMapOfColor") { body in
                let value = try body.wrappedField([String: Color].self, "value")
                let optionalValue = try body.wrappedField([String: Color].self, "optionalValue")
                let nullableValue = try body.wrappedField([String: Color].self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper([String: Color].self, "outsideValue")
                return EchoMapOfColor.Request(
                    queryValue: try call.required(
                        try call.queryMap("queryValue", as: Color.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoMapOfColor.value")),
                    optionalQueryValue: try call.queryMap("optionalQueryValue", as: Color.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoMapOfColor(request) }
        }
    }
}
