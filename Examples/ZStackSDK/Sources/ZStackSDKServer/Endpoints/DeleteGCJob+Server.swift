import ZStackSDK

/// The server side of ``DeleteGCJob``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/gc-jobs/{uuid}`, asynchronous.
nonisolated enum DeleteGCJobServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteGCJob.operation, bodyWrapper: nil) { call in
            let request = DeleteGCJob.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteGCJob(request) }
        }
    }
}
