import MatrixAPI

/// The server side of ``EchoString``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/string/{pathValue}`, synchronous.
nonisolated enum EchoStringServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoString.operation, bodyWrapper: "echoString") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoString.Request(
                pathValue: try call.pathParameter("pathValue", as: String.self),
                queryValue: try call.required(
                    try call.queryParameter("queryValue", as: String.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoString.value")),
                optionalQueryValue: try call.queryParameter("optionalQueryValue", as: String.self),
                xEchoValue: try call.headerField("X-Echo-Value", as: String.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoString(request) }
        }
    }

    /// The JSON body of a request: `{"echoString": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var outsideValue: String?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoString"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var value: String?
            var optionalValue: String?
            var nullableValue: String?
            var outsideValue: String?

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case optionalValue = "optionalValue"
                case nullableValue = "nullableValue"
                case outsideValue = "outsideValue"
            }
        }
    }
}
