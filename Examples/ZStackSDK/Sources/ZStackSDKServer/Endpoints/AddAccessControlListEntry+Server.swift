import ZStackSDK

/// The server side of ``AddAccessControlListEntry``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/access-control-lists/{aclUuid}/ipentries`, asynchronous.
nonisolated enum AddAccessControlListEntryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddAccessControlListEntry.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddAccessControlListEntry.Request(
                aclUuid: try call.pathParameter("aclUuid", as: String.self),
                entries: try call.required(body.wrapped?.entries, .bodyField("params.entries")),
                description: body.wrapped?.description,
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.addAccessControlListEntry(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var entries: String?
            var description: String?
            var resourceUuid: String?
            var tagUuids: [String]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case entries = "entries"
                case description = "description"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
