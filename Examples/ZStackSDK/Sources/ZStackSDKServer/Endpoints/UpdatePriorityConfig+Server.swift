import ZStackSDK

/// The server side of ``UpdatePriorityConfig``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-priority-config/{uuid}/actions`, asynchronous.
nonisolated enum UpdatePriorityConfigServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdatePriorityConfig.operation, bodyWrapper: "updatePriorityConfig") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdatePriorityConfig.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                cpuShares: body.wrapped?.cpuShares,
                oomScoreAdj: body.wrapped?.oomScoreAdj,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updatePriorityConfig(request) }
        }
    }

    /// The JSON body of a request: `{"updatePriorityConfig": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updatePriorityConfig"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var cpuShares: Int?
            var oomScoreAdj: Int?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case cpuShares = "cpuShares"
                case oomScoreAdj = "oomScoreAdj"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
