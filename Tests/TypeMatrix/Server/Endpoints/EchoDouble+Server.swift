import MatrixAPI

/// The server side of ``EchoDouble``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/double/{pathValue}`, synchronous.
nonisolated enum EchoDoubleServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoDouble.operation, bodyWrapper: "echoDouble") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoDouble.Request(
                pathValue: try call.pathParameter("pathValue", as: Double.self),
                queryValue: try call.required(
                    try call.queryParameter("queryValue", as: Double.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoDouble.value")),
                optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Double.self),
                xEchoValue: try call.headerField("X-Echo-Value", as: Double.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoDouble(request) }
        }
    }

    /// The JSON body of a request: `{"echoDouble": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: Double?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoDouble")
            self.outsideValue = try object.optionalValue(Double.self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: Double?
            let optionalValue: Double?
            let nullableValue: Double?
            let outsideValue: Double?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue(Double.self, forKey: "value")
                self.optionalValue = try object.optionalValue(Double.self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue(Double.self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue(Double.self, forKey: "outsideValue")
            }
        }
    }
}
