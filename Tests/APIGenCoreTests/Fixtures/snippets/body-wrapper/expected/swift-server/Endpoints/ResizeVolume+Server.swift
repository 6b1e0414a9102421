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
        var wrapped: Wrapped?
        var systemTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "resizeVolume"
            case systemTags = "systemTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var size: Int64?
            var force: Bool?
            var systemTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case size = "size"
                case force = "force"
                case systemTags = "systemTags"
            }
        }
    }
}
