import ZStackSDK

/// The server side of ``UndoSnapshotCreation``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous.
nonisolated enum UndoSnapshotCreationServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UndoSnapshotCreation.operation, bodyWrapper: "undoSnapshotCreation") { call in
            let body = try call.decodeBody(Body.self)
            let request = UndoSnapshotCreation.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                snapShotUuid: try call.required(
                    body.wrapped?.snapShotUuid,
                    .bodyField("undoSnapshotCreation.snapShotUuid")
                ),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.undoSnapshotCreation(request) }
        }
    }

    /// The JSON body of a request: `{"undoSnapshotCreation": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "undoSnapshotCreation"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var snapShotUuid: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case snapShotUuid = "snapShotUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
