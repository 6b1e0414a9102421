import MatrixAPI

/// The server side of ``EchoLaterString``: reads a call's inputs and calls the handler.
///
/// `POST /matrix/v1/jobs/string`, asynchronous.
nonisolated enum EchoLaterStringServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoLaterString.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = EchoLaterString.Request(
                value: try call.required(body.wrapped?.value, .bodyField("params.value"))
            )
            return { try await handler.echoLaterString(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.value = try object.optionalValue(String.self, forKey: "value")
            }
        }
    }
}
