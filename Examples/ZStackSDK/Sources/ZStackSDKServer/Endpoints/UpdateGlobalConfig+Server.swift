import ZStackSDK

/// The server side of ``UpdateGlobalConfig``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/global-configurations/{category}/{name}/actions`, asynchronous.
nonisolated enum UpdateGlobalConfigServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateGlobalConfig.operation, bodyWrapper: "updateGlobalConfig") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateGlobalConfig.Request(
                category: try call.pathParameter("category", as: String.self),
                name: try call.pathParameter("name", as: String.self),
                value: body.wrapped?.value,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateGlobalConfig(request) }
        }
    }

    /// The JSON body of a request: `{"updateGlobalConfig": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateGlobalConfig")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let value: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.value = try object.optionalValue(String.self, forKey: "value")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
