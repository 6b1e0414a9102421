import MatrixAPI

/// The server side of ``EchoMapOfLong``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/map-of-long`, synchronous.
nonisolated enum EchoMapOfLongServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoMapOfLong.operation, bodyWrapper: "echoMapOfLong") { call in
            let request = try call.decodeBody(wrapper: "echoMapOfLong") { body in
                let value = try body.wrappedField([String: Int64].self, "value")
                let optionalValue = try body.wrappedField([String: Int64].self, "optionalValue")
                let nullableValue = try body.wrappedField([String: Int64].self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper([String: Int64].self, "outsideValue")
                return EchoMapOfLong.Request(
                    queryValue: try call.required(
                        try call.queryMap("queryValue", as: Int64.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoMapOfLong.value")),
                    optionalQueryValue: try call.queryMap("optionalQueryValue", as: Int64.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoMapOfLong(request) }
        }
    }
}
