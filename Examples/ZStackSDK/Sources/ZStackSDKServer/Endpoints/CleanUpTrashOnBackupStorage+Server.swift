import ZStackSDK

/// The server side of ``CleanUpTrashOnBackupStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/backup-storage/{uuid}/trash/actions`, asynchronous.
nonisolated enum CleanUpTrashOnBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: CleanUpTrashOnBackupStorage.operation,
            bodyWrapper: "cleanUpTrashOnBackupStorage"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = CleanUpTrashOnBackupStorage.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                trashId: body.wrapped?.trashId,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.cleanUpTrashOnBackupStorage(request) }
        }
    }

    /// The JSON body of a request: `{"cleanUpTrashOnBackupStorage": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "cleanUpTrashOnBackupStorage")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let trashId: Int64?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.trashId = try object.optionalValue(Int64.self, forKey: "trashId")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
