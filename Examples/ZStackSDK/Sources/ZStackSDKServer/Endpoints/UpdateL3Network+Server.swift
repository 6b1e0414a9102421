import ZStackSDK

/// The server side of ``UpdateL3Network``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/l3-networks/{uuid}/actions`, asynchronous.
nonisolated enum UpdateL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateL3Network.operation, bodyWrapper: "updateL3Network") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateL3Network.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                system: body.wrapped?.system,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                category: body.wrapped?.category,
                dnsDomain: body.wrapped?.dnsDomain
            )
            return { try await handler.updateL3Network(request) }
        }
    }

    /// The JSON body of a request: `{"updateL3Network": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateL3Network"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var description: String?
            var system: Bool?
            var systemTags: [String]?
            var userTags: [String]?
            var category: UpdateL3NetworkCategory?
            var dnsDomain: String?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case system = "system"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case category = "category"
                case dnsDomain = "dnsDomain"
            }
        }
    }
}
