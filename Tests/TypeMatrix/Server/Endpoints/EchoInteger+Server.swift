import MatrixAPI

/// The server side of ``EchoInteger``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/integer/{pathValue}`, synchronous.
nonisolated enum EchoIntegerServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoInteger.operation, bodyWrapper: "echoInteger") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoInteger.Request(
                pathValue: try call.pathParameter("pathValue", as: Int.self),
                queryValue: try call.required(
                    try call.queryParameter("queryValue", as: Int.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoInteger.value")),
                optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Int.self),
                xEchoValue: try call.headerField("X-Echo-Value", as: Int.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoInteger(request) }
        }
    }

    /// The JSON body of a request: `{"echoInteger": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var outsideValue: Int?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoInteger"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var value: Int?
            var optionalValue: Int?
            var nullableValue: Int?
            var outsideValue: Int?

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case optionalValue = "optionalValue"
                case nullableValue = "nullableValue"
                case outsideValue = "outsideValue"
            }
        }
    }
}
