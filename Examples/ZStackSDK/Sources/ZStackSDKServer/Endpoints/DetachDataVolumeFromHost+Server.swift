import ZStackSDK

/// The server side of ``DetachDataVolumeFromHost``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/volumes/{volumeUuid}/hosts`, asynchronous.
nonisolated enum DetachDataVolumeFromHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachDataVolumeFromHost.operation, bodyWrapper: nil) { call in
            let request = DetachDataVolumeFromHost.Request(
                volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                hostUuid: try call.queryParameter("hostUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachDataVolumeFromHost(request) }
        }
    }
}
