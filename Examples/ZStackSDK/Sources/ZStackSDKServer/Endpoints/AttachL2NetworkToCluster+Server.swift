import ZStackSDK

/// The server side of ``AttachL2NetworkToCluster``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}`, asynchronous.
nonisolated enum AttachL2NetworkToClusterServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachL2NetworkToCluster.operation, bodyWrapper: "null") { call in
            let body = try call.decodeBody(Body.self)
            let request = AttachL2NetworkToCluster.Request(
                l2NetworkUuid: try call.pathParameter("l2NetworkUuid", as: String.self),
                clusterUuid: try call.pathParameter("clusterUuid", as: String.self),
                l2ProviderType: body.l2ProviderType ?? body.wrapped?.l2ProviderType,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.attachL2NetworkToCluster(request) }
        }
    }

    /// The JSON body of a request: `{"null": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var l2ProviderType: AttachL2NetworkToClusterL2ProviderType?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "null"
            case l2ProviderType = "l2ProviderType"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var l2ProviderType: AttachL2NetworkToClusterL2ProviderType?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case l2ProviderType = "l2ProviderType"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
