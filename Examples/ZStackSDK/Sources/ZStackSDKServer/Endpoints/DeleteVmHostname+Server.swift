import ZStackSDK

/// The server side of ``DeleteVmHostname``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/vm-instances/{uuid}/hostnames`, asynchronous.
nonisolated enum DeleteVmHostnameServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteVmHostname.operation, bodyWrapper: nil) { call in
            let request = DeleteVmHostname.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self)
            )
            return { try await handler.deleteVmHostname(request) }
        }
    }
}
