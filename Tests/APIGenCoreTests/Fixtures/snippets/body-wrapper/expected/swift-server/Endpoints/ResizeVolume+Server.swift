import ZStackClient

/// The server side of ``ResizeVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, synchronous.
nonisolated enum ResizeVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ResizeVolume.operation, bodyWrapper: "resizeVolume") { call in
            let body = try call.decodeBody(Body.self)
            let request = ResizeVolume.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                size: try call.required(body.wrapped?.size, .bodyField("resizeVolume.size")),
                force: body.wrapped?.force,
                systemTags: body.systemTags ?? body.wrapped?.systemTags
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
        let systemTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "resizeVolume")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let size: Int64?
            let force: Bool?
            let systemTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.size = try object.optionalValue(Int64.self, forKey: "size")
                self.force = try object.optionalValue(Bool.self, forKey: "force")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            }
        }
    }
}
