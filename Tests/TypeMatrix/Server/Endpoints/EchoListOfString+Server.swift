import MatrixAPI

/// The server side of ``EchoListOfString``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/list-of-string`, synchronous.
nonisolated enum EchoListOfStringServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoListOfString.operation, bodyWrapper: "echoListOfString") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoListOfString.Request(
                queryValue: try call.required(
                    try call.queryParameters("queryValue", as: String.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoListOfString.value")),
                optionalQueryValue: try call.queryParameters("optionalQueryValue", as: String.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoListOfString(request) }
        }
    }

    /// The JSON body of a request: `{"echoListOfString": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var outsideValue: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoListOfString"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var value: [String]?
            var optionalValue: [String]?
            var nullableValue: [String]?
            var outsideValue: [String]?

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case optionalValue = "optionalValue"
                case nullableValue = "nullableValue"
                case outsideValue = "outsideValue"
            }
        }
    }
}
