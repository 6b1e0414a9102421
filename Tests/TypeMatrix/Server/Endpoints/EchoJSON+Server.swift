import MatrixAPI

/// The server side of ``EchoJSON``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/j-s-o-n`, synchronous.
nonisolated enum EchoJSONServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoJSON.operation, bodyWrapper: "echoJSON") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoJSON.Request(
                value: try call.required(body.wrapped?.value, .bodyField("echoJSON.value")),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoJSON(request) }
        }
    }

    /// The JSON body of a request: `{"echoJSON": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: MatrixJSONValue?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoJSON")
            self.outsideValue = try object.optionalValue(MatrixJSONValue.self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: MatrixJSONValue?
            let optionalValue: MatrixJSONValue?
            let nullableValue: MatrixJSONValue?
            let outsideValue: MatrixJSONValue?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue(MatrixJSONValue.self, forKey: "value")
                self.optionalValue = try object.optionalValue(MatrixJSONValue.self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue(MatrixJSONValue.self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue(MatrixJSONValue.self, forKey: "outsideValue")
            }
        }
    }
}
