import MatrixAPI

/// The server side of ``EchoListOfColor``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/list-of-color`, synchronous.
nonisolated enum EchoListOfColorServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoListOfColor.operation, bodyWrapper: "echoListOfColor") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoListOfColor.Request(
                queryValue: try call.required(
                    try call.queryParameters("queryValue", as: Color.self),
                    .queryParameter("queryValue")
                ),
                value: try call.required(body.wrapped?.value, .bodyField("echoListOfColor.value")),
                optionalQueryValue: try call.queryParameters("optionalQueryValue", as: Color.self),
                optionalValue: body.wrapped?.optionalValue,
                nullableValue: body.wrapped?.nullableValue,
                outsideValue: body.outsideValue ?? body.wrapped?.outsideValue
            )
            return { try await handler.echoListOfColor(request) }
        }
    }

    /// The JSON body of a request: `{"echoListOfColor": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let outsideValue: [Color]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "echoListOfColor")
            self.outsideValue = try object.optionalValue([Color].self, forKey: "outsideValue")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: [Color]?
            let optionalValue: [Color]?
            let nullableValue: [Color]?
            let outsideValue: [Color]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue([Color].self, forKey: "value")
                self.optionalValue = try object.optionalValue([Color].self, forKey: "optionalValue")
                self.nullableValue = try object.optionalValue([Color].self, forKey: "nullableValue")
                self.outsideValue = try object.optionalValue([Color].self, forKey: "outsideValue")
            }
        }
    }
}
