import ZStackSDK

/// The server side of ``DiscoverExternalPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/primary-storage/addon/discover`, asynchronous.
nonisolated enum DiscoverExternalPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DiscoverExternalPrimaryStorage.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = DiscoverExternalPrimaryStorage.Request(
                url: try call.required(body.wrapped?.url, .bodyField("params.url")),
                identity: body.wrapped?.identity,
                config: body.wrapped?.config,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.discoverExternalPrimaryStorage(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let url: String?
            let identity: String?
            let config: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.url = try object.optionalValue(String.self, forKey: "url")
                self.identity = try object.optionalValue(String.self, forKey: "identity")
                self.config = try object.optionalValue(String.self, forKey: "config")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
