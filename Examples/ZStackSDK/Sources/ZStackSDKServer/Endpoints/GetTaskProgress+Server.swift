import ZStackSDK

/// The server side of ``GetTaskProgress``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/task-progresses/{apiId}`, synchronous.
nonisolated enum GetTaskProgressServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetTaskProgress.operation, bodyWrapper: nil) { call in
            let request = GetTaskProgress.Request(
                apiId: try call.pathParameter("apiId", as: String.self),
                all: try call.queryParameter("all", as: Bool.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getTaskProgress(request) }
        }
    }
}
