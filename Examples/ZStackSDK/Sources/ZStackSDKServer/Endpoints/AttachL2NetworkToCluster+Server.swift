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
        let wrapped: Wrapped?
        let l2ProviderType: AttachL2NetworkToClusterL2ProviderType?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "null")
            self.l2ProviderType = try object.optionalValue(
                AttachL2NetworkToClusterL2ProviderType.self,
                forKey: "l2ProviderType"
            )
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let l2ProviderType: AttachL2NetworkToClusterL2ProviderType?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.l2ProviderType = try object.optionalValue(
                    AttachL2NetworkToClusterL2ProviderType.self,
                    forKey: "l2ProviderType"
                )
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
