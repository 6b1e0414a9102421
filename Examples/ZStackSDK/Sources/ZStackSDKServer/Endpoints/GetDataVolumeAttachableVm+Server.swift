import ZStackSDK

/// The server side of ``GetDataVolumeAttachableVm``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/volumes/{volumeUuid}/candidate-vm-instances`, synchronous.
nonisolated enum GetDataVolumeAttachableVmServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetDataVolumeAttachableVm.operation, bodyWrapper: nil) { call in
            let request = GetDataVolumeAttachableVm.Request(
                volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getDataVolumeAttachableVm(request) }
        }
    }
}
