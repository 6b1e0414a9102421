import MatrixAPI

/// The server side of ``EchoMapOfColor``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/map-of-color`, synchronous.
nonisolated enum EchoMapOfColorServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoMapOfColor.operation, bodyWrapper: "echoMapOfColor") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoMapOfColor.Request(
                queryValue: try call.required(
                    try call.queryMap("queryValue", as: Color.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoMapOfColor.value")),
                optionalQueryValue: try call.queryMap("optionalQueryValue", as: Color.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoMapOfColor(request) }
        }
    }

    /// The JSON body of a request: `{"echoMapOfColor": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: [String: Color]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoMapOfColor")
            self.outsideValue = try object.optionalValue([String: Color].self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: [String: Color]?
            let optionalValue: [String: Color]?
            let nullableValue: [String: Color]?
            let outsideValue: [String: Color]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue([String: Color].self, forKey: "value")
                self.optionalValue = try object.optionalValue([String: Color].self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue([String: Color].self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue([String: Color].self, forKey: "outsideValue")
            }
        }
    }
}
