import MatrixAPI

/// The server side of ``EchoListOfLong``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/list-of-long`, synchronous.
nonisolated enum EchoListOfLongServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoListOfLong.operation, bodyWrapper: "echoListOfLong") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoListOfLong.Request(
                queryValue: try call.required(
                    try call.queryParameters("queryValue", as: Int64.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoListOfLong.value")),
                optionalQueryValue: try call.queryParameters("optionalQueryValue", as: Int64.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoListOfLong(request) }
        }
    }

    /// The JSON body of a request: `{"echoListOfLong": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: [Int64]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoListOfLong")
            self.outsideValue = try object.optionalValue([Int64].self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: [Int64]?
            let optionalValue: [Int64]?
            let nullableValue: [Int64]?
            let outsideValue: [Int64]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue([Int64].self, forKey: "value")
                self.optionalValue = try object.optionalValue([Int64].self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue([Int64].self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue([Int64].self, forKey: "outsideValue")
            }
        }
    }
}
