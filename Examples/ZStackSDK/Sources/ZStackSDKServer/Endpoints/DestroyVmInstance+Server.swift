import ZStackSDK

/// The server side of ``DestroyVmInstance``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/vm-instances/{uuid}`, asynchronous.
nonisolated enum DestroyVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DestroyVmInstance.operation, bodyWrapper: nil) { call in
            let request = DestroyVmInstance.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self)
            )
            return { try await handler.destroyVmInstance(request) }
        }
    }
}
