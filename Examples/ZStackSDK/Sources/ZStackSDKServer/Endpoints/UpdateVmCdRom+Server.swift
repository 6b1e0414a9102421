import ZStackSDK

/// The server side of ``UpdateVmCdRom``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/cdroms/{uuid}/actions`, asynchronous.
nonisolated enum UpdateVmCdRomServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVmCdRom.operation, bodyWrapper: "updateVmCdRom") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateVmCdRom.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                description: body.wrapped?.description,
                name: body.wrapped?.name,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateVmCdRom(request) }
        }
    }

    /// The JSON body of a request: `{"updateVmCdRom": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateVmCdRom"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var description: String?
            var name: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case description = "description"
                case name = "name"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
