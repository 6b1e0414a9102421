import MatrixAPI

/// The server side of ``EchoLong``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/long/{pathValue}`, synchronous.
nonisolated enum EchoLongServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLong.operation, bodyWrapper: "echoLong") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoLong.Request(
                pathValue: try call.pathParameter("pathValue", as: Int64.self),
                queryValue: try call.required(
                    try call.queryParameter("queryValue", as: Int64.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoLong.value")),
                optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Int64.self),
                xEchoValue: try call.headerField("X-Echo-Value", as: Int64.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoLong(request) }
        }
    }

    /// The JSON body of a request: `{"echoLong": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: Int64?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoLong")
            self.outsideValue = try object.optionalValue(Int64.self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: Int64?
            let optionalValue: Int64?
            let nullableValue: Int64?
            let outsideValue: Int64?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue(Int64.self, forKey: "value")
                self.optionalValue = try object.optionalValue(Int64.self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue(Int64.self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue(Int64.self, forKey: "outsideValue")
            }
        }
    }
}
