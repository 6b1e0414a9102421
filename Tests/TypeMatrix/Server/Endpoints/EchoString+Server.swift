import MatrixAPI

/// The server side of ``EchoString``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/string/{pathValue}`, synchronous.
nonisolated enum EchoStringServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoString.operation, bodyWrapper: "echoString") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoString.Request(
                pathValue: try call.pathParameter("pathValue", as: String.self),
                queryValue: try call.required(
                    try call.queryParameter("queryValue", as: String.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoString.value")),
                optionalQueryValue: try call.queryParameter("optionalQueryValue", as: String.self),
                xEchoValue: try call.headerField("X-Echo-Value", as: String.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoString(request) }
        }
    }

    /// The JSON body of a request: `{"echoString": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: String?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoString")
            self.outsideValue = try object.optionalValue(String.self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: String?
            let optionalValue: String?
            let nullableValue: String?
            let outsideValue: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue(String.self, forKey: "value")
                self.optionalValue = try object.optionalValue(String.self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue(String.self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue(String.self, forKey: "outsideValue")
            }
        }
    }
}
