import ZStackSDK

/// The server side of ``AttachL2NetworkToCluster``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}`, asynchronous.
nonisolated enum AttachL2NetworkToClusterServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachL2NetworkToCluster.operation, bodyWrapper: "null") { call in
            let request = try call.decodeBody(wrapper: "null") { body in
                let l2ProviderType = try body.fieldBesideWrapper(
                    AttachL2NetworkToClusterL2ProviderType.self,
                    "l2ProviderType"
                )
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachL2NetworkToCluster.Request(
                    l2NetworkUuid: try call.pathParameter("l2NetworkUuid", as: String.self),
                    clusterUuid: try call.pathParameter("clusterUuid", as: String.self),
                    l2ProviderType: l2ProviderType,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachL2NetworkToCluster(request) }
        }
    }
}
