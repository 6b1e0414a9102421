import ZStackSDK

/// The server side of ``AddAccessControlListEntry``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/access-control-lists/{aclUuid}/ipentries`, asynchronous.
nonisolated enum AddAccessControlListEntryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddAccessControlListEntry.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let entries = try body.wrappedField(String.self, "entries")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddAccessControlListEntry.Request(
                    aclUuid: try call.pathParameter("aclUuid", as: String.self),
                    entries: try call.required(entries, .bodyField("params.entries")),
                    description: description,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addAccessControlListEntry(request) }
        }
    }
}
