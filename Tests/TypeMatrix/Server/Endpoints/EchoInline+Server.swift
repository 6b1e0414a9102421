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
        let wrapped: Wrapped?
        let outsideValue: InlineThing?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoInline")
            self.outsideValue = try object.optionalValue(InlineThing.self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: InlineThing?
            let optionalValue: InlineThing?
            let nullableValue: InlineThing?
            let outsideValue: InlineThing?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue(InlineThing.self, forKey: "value")
                self.optionalValue = try object.optionalValue(InlineThing.self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue(InlineThing.self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue(InlineThing.self, forKey: "outsideValue")
            }
        }
    }
}
