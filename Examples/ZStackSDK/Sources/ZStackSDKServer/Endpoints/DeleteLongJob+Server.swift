import ZStackSDK

/// The server side of ``DeleteLongJob``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/longjobs/{uuid}`, asynchronous.
nonisolated enum DeleteLongJobServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteLongJob.operation, bodyWrapper: nil) { call in
            let request = DeleteLongJob.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteLongJob(request) }
        }
    }
}
