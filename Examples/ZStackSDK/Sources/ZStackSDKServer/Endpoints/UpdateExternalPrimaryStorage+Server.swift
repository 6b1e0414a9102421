import ZStackSDK

/// The server side of ``UpdateExternalPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/addon/{uuid}/actions`, asynchronous.
nonisolated enum UpdateExternalPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateExternalPrimaryStorage.operation,
            bodyWrapper: "updateExternalPrimaryStorage"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateExternalPrimaryStorage.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                config: body.wrapped?.config,
                defaultProtocol: body.wrapped?.defaultProtocol,
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                url: body.wrapped?.url,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateExternalPrimaryStorage(request) }
        }
    }

    /// The JSON body of a request: `{"updateExternalPrimaryStorage": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateExternalPrimaryStorage")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let config: String?
            let defaultProtocol: UpdateExternalPrimaryStorageDefaultProtocol?
            let name: String?
            let description: String?
            let url: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.config = try object.optionalValue(String.self, forKey: "config")
                self.defaultProtocol = try object.optionalValue(
                    UpdateExternalPrimaryStorageDefaultProtocol.self,
                    forKey: "defaultProtocol"
                )
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.url = try object.optionalValue(String.self, forKey: "url")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
