import ZStackSDK

/// The server side of ``RemoveResourcesFromDirectory``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/remove/resources/directory`, asynchronous.
nonisolated enum RemoveResourcesFromDirectoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RemoveResourcesFromDirectory.operation, bodyWrapper: nil) { call in
            let request = RemoveResourcesFromDirectory.Request(
                resourceUuids: try call.required(
                    try call.queryParameters("resourceUuids", as: String.self),
                    .queryParameter("resourceUuids")
                ),
                directoryUuid: try call.required(
                    try call.queryParameter("directoryUuid", as: String.self),
                    .queryParameter("directoryUuid")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.removeResourcesFromDirectory(request) }
        }
    }
}
