import ZStackSDK

/// The server side of ``UpdateVip``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vips/{uuid}/actions`, asynchronous.
nonisolated enum UpdateVipServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVip.operation, bodyWrapper: "updateVip") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateVip.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateVip(request) }
        }
    }

    /// The JSON body of a request: `{"updateVip": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateVip"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var description: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
