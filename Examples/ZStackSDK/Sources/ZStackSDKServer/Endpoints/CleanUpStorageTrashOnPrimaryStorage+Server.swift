import ZStackSDK

/// The server side of ``CleanUpStorageTrashOnPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/{uuid}/storagetrash/actions`, asynchronous.
nonisolated enum CleanUpStorageTrashOnPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: CleanUpStorageTrashOnPrimaryStorage.operation,
            bodyWrapper: "cleanUpStorageTrashOnPrimaryStorage"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = CleanUpStorageTrashOnPrimaryStorage.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                force: body.wrapped?.force,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.cleanUpStorageTrashOnPrimaryStorage(request) }
        }
    }

    /// The JSON body of a request: `{"cleanUpStorageTrashOnPrimaryStorage": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "cleanUpStorageTrashOnPrimaryStorage")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let force: Bool?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.force = try object.optionalValue(Bool.self, forKey: "force")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
