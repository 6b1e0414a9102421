import MatrixAPI

/// The server side of ``EchoInline``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/inline`, synchronous.
nonisolated enum EchoInlineServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoInline.operation, bodyWrapper: "echoInline") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoInline.Request(
                value: try call.required(body.wrapped?.value, .bodyField("echoInline.value")),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoInline(request) }
        }
    }

    /// The JSON body of a request: `{"echoInline": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var outsideValue: InlineThing?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoInline"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var value: InlineThing?
            var optionalValue: InlineThing?
            var nullableValue: InlineThing?
            var outsideValue: InlineThing?

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case optionalValue = "optionalValue"
                case nullableValue = "nullableValue"
                case outsideValue = "outsideValue"
            }
        }
    }
}
