import MatrixAPI

/// The server side of ``EchoLong``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/long/{pathValue}`, synchronous.
nonisolated enum EchoLongServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLong.operation, bodyWrapper: "echoLong") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoLong.Request(
                pathValue: try call.pathParameter("pathValue", as: Int64.self),
                queryValue: try call.required(
                    try call.queryParameter("queryValue", as: Int64.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoLong.value")),
                optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Int64.self),
                xEchoValue: try call.headerField("X-Echo-Value", as: Int64.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoLong(request) }
        }
    }

    /// The JSON body of a request: `{"echoLong": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var outsideValue: Int64?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoLong"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var value: Int64?
            var optionalValue: Int64?
            var nullableValue: Int64?
            var outsideValue: Int64?

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case optionalValue = "optionalValue"
                case nullableValue = "nullableValue"
                case outsideValue = "outsideValue"
            }
        }
    }
}
