import ZStackSDK

/// The server side of ``GetVmTask``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/task-details`, synchronous.
nonisolated enum GetVmTaskServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmTask.operation, bodyWrapper: nil) { call in
            let request = GetVmTask.Request(
                vmInstanceUuids: try call.required(
                    try call.queryParameters("vmInstanceUuids", as: String.self),
                    .queryParameter("vmInstanceUuids")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                syncSignatures: try call.queryParameters("syncSignatures", as: String.self)
            )
            return { try await handler.getVmTask(request) }
        }
    }
}
