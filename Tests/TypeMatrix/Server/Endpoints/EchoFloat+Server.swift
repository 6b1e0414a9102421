import MatrixAPI

/// The server side of ``EchoFloat``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/float/{pathValue}`, synchronous.
nonisolated enum EchoFloatServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoFloat.operation, bodyWrapper: "echoFloat") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoFloat.Request(
                pathValue: try call.pathParameter("pathValue", as: Float.self),
                queryValue: try call.required(
                    try call.queryParameter("queryValue", as: Float.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoFloat.value")),
                optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Float.self),
                xEchoValue: try call.headerField("X-Echo-Value", as: Float.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoFloat(request) }
        }
    }

    /// The JSON body of a request: `{"echoFloat": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var outsideValue: Float?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoFloat"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var value: Float?
            var optionalValue: Float?
            var nullableValue: Float?
            var outsideValue: Float?

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case optionalValue = "optionalValue"
                case nullableValue = "nullableValue"
                case outsideValue = "outsideValue"
            }
        }
    }
}
