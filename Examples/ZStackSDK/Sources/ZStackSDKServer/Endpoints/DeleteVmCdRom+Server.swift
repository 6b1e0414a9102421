import ZStackSDK

/// The server side of ``DeleteVmCdRom``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/vm-instances/cdroms/{uuid}`, asynchronous.
nonisolated enum DeleteVmCdRomServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteVmCdRom.operation, bodyWrapper: nil) { call in
            let request = DeleteVmCdRom.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteVmCdRom(request) }
        }
    }
}
