import ZStackSDK

/// The server side of ``AttachPrimaryStorageToCluster``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}`, asynchronous.
nonisolated enum AttachPrimaryStorageToClusterServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachPrimaryStorageToCluster.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachPrimaryStorageToCluster.Request(
                    clusterUuid: try call.pathParameter("clusterUuid", as: String.self),
                    primaryStorageUuid: try call.pathParameter("primaryStorageUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachPrimaryStorageToCluster(request) }
        }
    }
}
