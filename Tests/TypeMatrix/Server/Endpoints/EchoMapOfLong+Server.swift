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
        var wrapped: Wrapped?
        var outsideValue: [String: Int64]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoMapOfLong"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var value: [String: Int64]?
            var optionalValue: [String: Int64]?
            var nullableValue: [String: Int64]?
            var outsideValue: [String: Int64]?

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case optionalValue = "optionalValue"
                case nullableValue = "nullableValue"
                case outsideValue = "outsideValue"
            }
        }
    }
}
