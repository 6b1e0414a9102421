import ZStackSDK

/// The server side of ``DeleteTag``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/tags/{uuid}`, asynchronous.
nonisolated enum DeleteTagServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteTag.operation, bodyWrapper: nil) { call in
            let request = DeleteTag.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteTag(request) }
        }
    }
}
