import MatrixAPI

/// The server side of ``EchoColor``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/color/{pathValue}`, synchronous.
nonisolated enum EchoColorServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoColor.operation, bodyWrapper: "echoColor") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoColor.Request(
                pathValue: try call.pathParameter("pathValue", as: Color.self),
                queryValue: try call.required(
                    try call.queryParameter("queryValue", as: Color.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoColor.value")),
                optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Color.self),
                xEchoValue: try call.headerField("X-Echo-Value", as: Color.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoColor(request) }
        }
    }

    /// The JSON body of a request: `{"echoColor": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var outsideValue: Color?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoColor"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var value: Color?
            var optionalValue: Color?
            var nullableValue: Color?
            var outsideValue: Color?

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case optionalValue = "optionalValue"
                case nullableValue = "nullableValue"
                case outsideValue = "outsideValue"
            }
        }
    }
}
