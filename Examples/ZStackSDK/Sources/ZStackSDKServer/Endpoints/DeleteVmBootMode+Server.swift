import ZStackSDK

/// The server side of ``DeleteVmBootMode``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/vm-instances/{uuid}/bootmode`, asynchronous.
nonisolated enum DeleteVmBootModeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteVmBootMode.operation, bodyWrapper: nil) { call in
            let request = DeleteVmBootMode.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteVmBootMode(request) }
        }
    }
}
