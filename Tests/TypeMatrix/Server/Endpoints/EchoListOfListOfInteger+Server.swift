import MatrixAPI

/// The server side of ``EchoListOfListOfInteger``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/list-of-list-of-integer`, synchronous.
nonisolated enum EchoListOfListOfIntegerServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(
            operation: EchoListOfListOfInteger.operation,
            bodyWrapper: "echoListOfListOfInteger"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoListOfListOfInteger.Request(
                value: try call.required(body.wrapped?.value, .bodyField("echoListOfListOfInteger.value")),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoListOfListOfInteger(request) }
        }
    }

    /// The JSON body of a request: `{"echoListOfListOfInteger": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var outsideValue: [[Int]]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoListOfListOfInteger"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var value: [[Int]]?
            var optionalValue: [[Int]]?
            var nullableValue: [[Int]]?
            var outsideValue: [[Int]]?

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case optionalValue = "optionalValue"
                case nullableValue = "nullableValue"
                case outsideValue = "outsideValue"
            }
        }
    }
}
