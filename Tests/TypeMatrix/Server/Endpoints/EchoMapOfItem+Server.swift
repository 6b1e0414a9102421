import MatrixAPI

/// The server side of ``EchoMapOfItem``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/map-of-item`, synchronous.
nonisolated enum EchoMapOfItemServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoMapOfItem.operation, bodyWrapper: "echoMapOfItem") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoMapOfItem.Request(
                value: try call.required(body.wrapped?.value, .bodyField("echoMapOfItem.value")),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoMapOfItem(request) }
        }
    }

    /// The JSON body of a request: `{"echoMapOfItem": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: [String: Item]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoMapOfItem")
            self.outsideValue = try object.optionalValue([String: Item].self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: [String: Item]?
            let optionalValue: [String: Item]?
            let nullableValue: [String: Item]?
            let outsideValue: [String: Item]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue([String: Item].self, forKey: "value")
                self.optionalValue = try object.optionalValue([String: Item].self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue([String: Item].self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue([String: Item].self, forKey: "outsideValue")
            }
        }
    }
}
