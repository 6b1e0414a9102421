import MatrixAPI

/// The server side of ``EchoMapOfListOfString``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/map-of-list-of-string`, synchronous.
nonisolated enum EchoMapOfListOfStringServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoMapOfListOfString.operation, bodyWrapper: "echoMapOfListOfString") { call in
            let request = try call.decodeBody(wrapper: "echoMapOfListOfString") { body in
                let value = try body.wrappedField([String: [String]].self, "value")
                let optionalValue = try body.wrappedField([String: [String]].self, "optionalValue")
                let nullableValue = try body.wrappedField([String: [String]].self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper([String: [String]].self, "outsideValue")
                return EchoMapOfListOfString.Request(
                    queryValue: try call.required(
                        try call.queryListMap("queryValue", as: String.self),
                        .queryParameter("queryValue")
                    ),
                    value: try call.required(value, .bodyField("echoMapOfListOfString.value")),
                    optionalQueryValue: try call.queryListMap("optionalQueryValue", as: String.self),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoMapOfListOfString(request) }
        }
    }
}
