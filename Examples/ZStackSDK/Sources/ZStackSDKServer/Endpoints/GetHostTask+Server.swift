import ZStackSDK

/// The server side of ``GetHostTask``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/hosts/task-details`, synchronous.
nonisolated enum GetHostTaskServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetHostTask.operation, bodyWrapper: nil) { call in
            let request = GetHostTask.Request(
                hostUuids: try call.required(
                    try call.queryParameters("hostUuids", as: String.self),
                    .queryParameter("hostUuids")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                syncSignatures: try call.queryParameters("syncSignatures", as: String.self)
            )
            return { try await handler.getHostTask(request) }
        }
    }
}
