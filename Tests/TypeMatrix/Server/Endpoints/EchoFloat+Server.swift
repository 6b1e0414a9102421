import MatrixAPI

/// The server side of ``EchoFloat``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/float/{pathValue}`, synchronous.
nonisolated enum EchoFloatServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoFloat.operation, bodyWrapper: "echoFloat") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoFloat.Request(
                pathValue: try call.pathParameter("pathValue", as: Float.self),
                queryValue: try call.required(
                    try call.queryParameter("queryValue", as: Float.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoFloat.value")),
                optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Float.self),
                xEchoValue: try call.headerField("X-Echo-Value", as: Float.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoFloat(request) }
        }
    }

    /// The JSON body of a request: `{"echoFloat": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: Float?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoFloat")
            self.outsideValue = try object.optionalValue(Float.self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: Float?
            let optionalValue: Float?
            let nullableValue: Float?
            let outsideValue: Float?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue(Float.self, forKey: "value")
                self.optionalValue = try object.optionalValue(Float.self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue(Float.self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue(Float.self, forKey: "outsideValue")
            }
        }
    }
}
