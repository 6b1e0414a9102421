import ZStackSDK

/// The server side of ``DeleteDiskOffering``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/disk-offerings/{uuid}`, asynchronous.
nonisolated enum DeleteDiskOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteDiskOffering.operation, bodyWrapper: nil) { call in
            let request = DeleteDiskOffering.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteDiskOffering(request) }
        }
    }
}
