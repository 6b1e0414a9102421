import MatrixAPI

/// The server side of ``EchoListOfLong``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/list-of-long`, synchronous.
nonisolated enum EchoListOfLongServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoListOfLong.operation, bodyWrapper: "echoListOfLong") { call in
            let request = try call.decodeBody(wrapper: "echoListOfLong") { body in
                let value = try body.wrappedField([Int64].self, "value")
                let optionalValue = try body.wrappedField([Int64].self, "optionalValue")
                let nullableValue = try body.wrappedField([Int64].self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper([Int64].self, "outsideValue")
                return EchoListOfLong.Request(
                    queryValue: try call.required(
                        try call.queryParameters("queryValue", as: Int64.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoListOfLong.value")),
                    optionalQueryValue: try call.queryParameters("optionalQueryValue", as: Int64.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoListOfLong(request) }
        }
    }
}
