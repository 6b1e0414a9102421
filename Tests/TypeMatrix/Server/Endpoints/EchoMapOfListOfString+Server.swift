import MatrixAPI

/// The server side of ``EchoMapOfListOfString``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/map-of-list-of-string`, synchronous.
nonisolated enum EchoMapOfListOfStringServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoMapOfListOfString.operation, bodyWrapper: "echoMapOfListOfString") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoMapOfListOfString.Request(
                queryValue: try call.required(
                    try call.queryListMap("queryValue", as: String.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoMapOfListOfString.value")),
                optionalQueryValue: try call.queryListMap("optionalQueryValue", as: String.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoMapOfListOfString(request) }
        }
    }

    /// The JSON body of a request: `{"echoMapOfListOfString": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: [String: [String]]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoMapOfListOfString")
            self.outsideValue = try object.optionalValue([String: [String]].self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: [String: [String]]?
            let optionalValue: [String: [String]]?
            let nullableValue: [String: [String]]?
            let outsideValue: [String: [String]]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue([String: [String]].self, forKey: "value")
                self.optionalValue = try object.optionalValue([String: [String]].self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue([String: [String]].self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue([String: [String]].self, forKey: "outsideValue")
            }
        }
    }
}
