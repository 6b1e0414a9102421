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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "undoSnapshotCreation")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let snapShotUuid: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.snapShotUuid = try object.optionalValue(String.self, forKey: "snapShotUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
