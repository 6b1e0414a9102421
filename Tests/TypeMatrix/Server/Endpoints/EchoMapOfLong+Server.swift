import MatrixAPI

/// The server side of ``EchoMapOfLong``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/map-of-long`, synchronous.
nonisolated enum EchoMapOfLongServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoMapOfLong.operation, bodyWrapper: "echoMapOfLong") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoMapOfLong.Request(
                queryValue: try call.required(
                    try call.queryMap("queryValue", as: Int64.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoMapOfLong.value")),
                optionalQueryValue: try call.queryMap("optionalQueryValue", as: Int64.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoMapOfLong(request) }
        }
    }

    /// The JSON body of a request: `{"echoMapOfLong": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: [String: Int64]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoMapOfLong")
            self.outsideValue = try object.optionalValue([String: Int64].self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: [String: Int64]?
            let optionalValue: [String: Int64]?
            let nullableValue: [String: Int64]?
            let outsideValue: [String: Int64]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue([String: Int64].self, forKey: "value")
                self.optionalValue = try object.optionalValue([String: Int64].self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue([String: Int64].self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue([String: Int64].self, forKey: "outsideValue")
            }
        }
    }
}
