import MatrixAPI

/// The server side of ``EchoMap``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/map`, synchronous.
nonisolated enum EchoMapServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoMap.operation, bodyWrapper: "echoMap") { call in
            let request = try call.decodeBody(wrapper: "echoMap") { body in
                let value = try body.wrappedField(MatrixJSONValue.self, "value")
                let optionalValue = try body.wrappedField(MatrixJSONValue.self, "optionalValue")
                let nullableValue = try body.wrappedField(MatrixJSONValue.self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper(MatrixJSONValue.self, "outsideValue")
                return EchoMap.Request(
                    queryValue: try call.required(try call.queryObject("queryValue"), .queryParameter("queryValue")),
                    value: try call.required(value, .bodyField("echoMap.value")),
                    optionalQueryValue: try call.queryObject("optionalQueryValue"),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoMap(request) }
        }
    }
}
