import MatrixAPI

/// The server side of ``EchoLong``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/long/{pathValue}`, synchronous.
nonisolated enum EchoLongServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLong.operation, bodyWrapper: "echoLong") { call in
            let request = try call.decodeBody(wrapper: "echoLong") { body in
                let value = try body.wrappedField(Int64.self, "value")
                let optionalValue = try body.wrappedField(Int64.self, "optionalValue")
                let nullableValue = try body.wrappedField(Int64.self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper(Int64.self, "outsideValue")
                return EchoLong.Request(
                    pathValue: try call.pathParameter("pathValue", as: Int64.self),
                    queryValue: try call.required(
                        try call.queryParameter("queryValue", as: Int64.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoLong.value")),
                    optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Int64.self),
                    xEchoValue: try call.headerField("X-Echo-Value", as: Int64.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoLong(request) }
        }
    }
}
