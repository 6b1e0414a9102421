import MatrixAPI

/// The server side of ``EchoNode``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/node`, synchronous.
nonisolated enum EchoNodeServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoNode.operation, bodyWrapper: "echoNode") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoNode.Request(
                value: try call.required(body.wrapped?.value, .bodyField("echoNode.value")),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoNode(request) }
        }
    }

    /// The JSON body of a request: `{"echoNode": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: Node?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoNode")
            self.outsideValue = try object.optionalValue(Node.self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: Node?
            let optionalValue: Node?
            let nullableValue: Node?
            let outsideValue: Node?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue(Node.self, forKey: "value")
                self.optionalValue = try object.optionalValue(Node.self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue(Node.self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue(Node.self, forKey: "outsideValue")
            }
        }
    }
}
