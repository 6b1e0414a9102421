import MatrixAPI

/// The server side of ``EchoInteger``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/integer/{pathValue}`, synchronous.
nonisolated enum EchoIntegerServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoInteger.operation, bodyWrapper: "echoInteger") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoInteger.Request(
                pathValue: try call.pathParameter("pathValue", as: Int.self),
                queryValue: try call.required(
                    try call.queryParameter("queryValue", as: Int.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoInteger.value")),
                optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Int.self),
                xEchoValue: try call.headerField("X-Echo-Value", as: Int.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoInteger(request) }
        }
    }

    /// The JSON body of a request: `{"echoInteger": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: Int?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoInteger")
            self.outsideValue = try object.optionalValue(Int.self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: Int?
            let optionalValue: Int?
            let nullableValue: Int?
            let outsideValue: Int?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue(Int.self, forKey: "value")
                self.optionalValue = try object.optionalValue(Int.self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue(Int.self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue(Int.self, forKey: "outsideValue")
            }
        }
    }
}
