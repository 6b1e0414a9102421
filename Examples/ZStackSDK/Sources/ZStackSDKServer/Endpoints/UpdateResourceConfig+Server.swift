import ZStackSDK

/// The server side of ``UpdateResourceConfig``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/resource-configurations/{category}/{name}/{resourceUuid}/actions`, asynchronous.
nonisolated enum UpdateResourceConfigServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateResourceConfig.operation, bodyWrapper: "updateResourceConfig") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateResourceConfig.Request(
                category: try call.pathParameter("category", as: String.self),
                name: try call.pathParameter("name", as: String.self),
                resourceUuid: try call.pathParameter("resourceUuid", as: String.self),
                value: try call.required(body.wrapped?.value, .bodyField("updateResourceConfig.value")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateResourceConfig(request) }
        }
    }

    /// The JSON body of a request: `{"updateResourceConfig": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateResourceConfig")
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
