import MatrixAPI

/// The server side of ``EchoLinkedHashMap``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/linked-hash-map`, synchronous.
nonisolated enum EchoLinkedHashMapServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLinkedHashMap.operation, bodyWrapper: "echoLinkedHashMap") { call in
            let request = try call.decodeBody(wrapper: "echoLinkedHashMap") { body in
                let value = try body.wrappedField(MatrixJSONValue.self, "value")
                let optionalValue = try body.wrappedField(MatrixJSONValue.self, "optionalValue")
                let nullableValue = try body.wrappedField(MatrixJSONValue.self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper(MatrixJSONValue.self, "outsideValue")
                return EchoLinkedHashMap.Request(
                    queryValue: try call.required(try call.queryObject("queryValue"), .queryParameter("queryValue")),
                    value: try call.required(value, .bodyField("echoLinkedHashMap.value")),
                    optionalQueryValue: try call.queryObject("optionalQueryValue"),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoLinkedHashMap(request) }
        }
    }
}
