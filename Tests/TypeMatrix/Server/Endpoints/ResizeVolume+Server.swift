import MatrixAPI

/// The server side of ``ResizeVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous.
nonisolated enum ResizeVolumeServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: ResizeVolume.operation, bodyWrapper: "resizeVolume") { call in
            let body = try call.decodeBody(Body.self)
            let request = ResizeVolume.Request(
                volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                size: try call.required(body.wrapped?.size, .bodyField("resizeVolume.size"))
            )
            return { try await handler.resizeVolume(request) }
        }
    }

    /// The JSON body of a request: `{"resizeVolume": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "resizeVolume")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let size: Int64?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.size = try object.optionalValue(Int64.self, forKey: "size")
            }
        }
    }
}
