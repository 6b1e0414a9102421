import ZStackSDK

/// The server side of ``DetachDataVolumeFromVm``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/volumes/{uuid}/vm-instances`, asynchronous.
nonisolated enum DetachDataVolumeFromVmServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachDataVolumeFromVm.operation, bodyWrapper: nil) { call in
            let request = DetachDataVolumeFromVm.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                vmUuid: try call.queryParameter("vmUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachDataVolumeFromVm(request) }
        }
    }
}
