import ZStackSDK

/// The server side of ``RemoveAccessControlListEntry``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/access-control-lists/{aclUuid}/ipentries/{uuid}`, asynchronous.
nonisolated enum RemoveAccessControlListEntryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RemoveAccessControlListEntry.operation, bodyWrapper: nil) { call in
            let request = RemoveAccessControlListEntry.Request(
                aclUuid: try call.pathParameter("aclUuid", as: String.self),
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.removeAccessControlListEntry(request) }
        }
    }
}
