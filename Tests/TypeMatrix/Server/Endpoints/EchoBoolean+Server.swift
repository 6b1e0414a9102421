import MatrixAPI

/// The server side of ``EchoBoolean``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/boolean/{pathValue}`, synchronous.
nonisolated enum EchoBooleanServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoBoolean.operation, bodyWrapper: "echoBoolean") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoBoolean.Request(
                pathValue: try call.pathParameter("pathValue", as: Bool.self),
                queryValue: try call.required(
                    try call.queryParameter("queryValue", as: Bool.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoBoolean.value")),
                optionalQueryValue: try call.queryParameter("optionalQueryValue", as: Bool.self),
                xEchoValue: try call.headerField("X-Echo-Value", as: Bool.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoBoolean(request) }
        }
    }

    /// The JSON body of a request: `{"echoBoolean": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: Bool?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoBoolean")
            self.outsideValue = try object.optionalValue(Bool.self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: Bool?
            let optionalValue: Bool?
            let nullableValue: Bool?
            let outsideValue: Bool?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue(Bool.self, forKey: "value")
                self.optionalValue = try object.optionalValue(Bool.self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue(Bool.self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue(Bool.self, forKey: "outsideValue")
            }
        }
    }
}
