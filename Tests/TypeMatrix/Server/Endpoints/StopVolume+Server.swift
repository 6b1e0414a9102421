import MatrixAPI

/// The server side of ``StopVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous.
nonisolated enum StopVolumeServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: StopVolume.operation, bodyWrapper: "stopVolume") { call in
            let body = try call.decodeBody(Body.self)
            let request = StopVolume.Request(
                volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                force: try call.required(body.wrapped?.force, .bodyField("stopVolume.force"))
            )
            return { try await handler.stopVolume(request) }
        }
    }

    /// The JSON body of a request: `{"stopVolume": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "stopVolume")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let force: Bool?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: MatrixServerCodingKey.self)
                self.force = try object.optionalValue(Bool.self, forKey: "force")
            }
        }
    }
}
