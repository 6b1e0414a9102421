import ZStackSDK

/// The server side of ``UpdateVniRange``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/l2-networks/vxlan-pool/vni-ranges/{uuid}`, asynchronous.
nonisolated enum UpdateVniRangeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVniRange.operation, bodyWrapper: "updateVniRange") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateVniRange.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                name: try call.required(body.wrapped?.name, .bodyField("updateVniRange.name")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateVniRange(request) }
        }
    }

    /// The JSON body of a request: `{"updateVniRange": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateVniRange"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
