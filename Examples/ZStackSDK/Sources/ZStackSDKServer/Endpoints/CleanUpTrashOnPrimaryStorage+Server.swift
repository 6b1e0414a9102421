import ZStackSDK

/// The server side of ``CleanUpTrashOnPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/{uuid}/trash/actions`, asynchronous.
nonisolated enum CleanUpTrashOnPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: CleanUpTrashOnPrimaryStorage.operation,
            bodyWrapper: "cleanUpTrashOnPrimaryStorage"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = CleanUpTrashOnPrimaryStorage.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                trashId: body.wrapped?.trashId,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.cleanUpTrashOnPrimaryStorage(request) }
        }
    }

    /// The JSON body of a request: `{"cleanUpTrashOnPrimaryStorage": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "cleanUpTrashOnPrimaryStorage")
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
