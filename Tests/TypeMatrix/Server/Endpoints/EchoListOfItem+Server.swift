import MatrixAPI

/// The server side of ``EchoListOfItem``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/list-of-item`, synchronous.
nonisolated enum EchoListOfItemServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoListOfItem.operation, bodyWrapper: "echoListOfItem") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoListOfItem.Request(
                value: try call.required(body.wrapped?.value, .bodyField("echoListOfItem.value")),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoListOfItem(request) }
        }
    }

    /// The JSON body of a request: `{"echoListOfItem": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: [Item]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoListOfItem")
            self.outsideValue = try object.optionalValue([Item].self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: [Item]?
            let optionalValue: [Item]?
            let nullableValue: [Item]?
            let outsideValue: [Item]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue([Item].self, forKey: "value")
                self.optionalValue = try object.optionalValue([Item].self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue([Item].self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue([Item].self, forKey: "outsideValue")
            }
        }
    }
}
