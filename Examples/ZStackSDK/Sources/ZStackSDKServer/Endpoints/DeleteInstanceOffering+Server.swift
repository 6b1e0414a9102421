import ZStackSDK

/// The server side of ``DeleteInstanceOffering``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/instance-offerings/{uuid}`, asynchronous.
nonisolated enum DeleteInstanceOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteInstanceOffering.operation, bodyWrapper: nil) { call in
            let request = DeleteInstanceOffering.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteInstanceOffering(request) }
        }
    }
}
