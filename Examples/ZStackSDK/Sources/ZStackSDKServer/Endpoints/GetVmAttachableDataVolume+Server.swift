import ZStackSDK

/// The server side of ``GetVmAttachableDataVolume``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/data-volume-candidates`, synchronous.
nonisolated enum GetVmAttachableDataVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmAttachableDataVolume.operation, bodyWrapper: nil) { call in
            let request = GetVmAttachableDataVolume.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVmAttachableDataVolume(request) }
        }
    }
}
