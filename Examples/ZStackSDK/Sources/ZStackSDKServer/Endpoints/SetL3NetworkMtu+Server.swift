import ZStackSDK

/// The server side of ``SetL3NetworkMtu``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/mtu`, asynchronous.
nonisolated enum SetL3NetworkMtuServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetL3NetworkMtu.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = SetL3NetworkMtu.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                mtu: try call.required(body.wrapped?.mtu, .bodyField("params.mtu")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.setL3NetworkMtu(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var mtu: Int?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case mtu = "mtu"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
