import ZStackSDK

/// The server side of ``CreateRole``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/identities/roles`, asynchronous.
nonisolated enum CreateRoleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateRole.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateRole.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                description: body.wrapped?.description,
                statements: body.wrapped?.statements,
                policyUuids: body.wrapped?.policyUuids,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                identity: body.wrapped?.identity,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.createRole(request) }
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
            let name: String?
            let description: String?
            let statements: [PolicyStatement]?
            let policyUuids: [String]?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let identity: String?
            let tagUuids: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.statements = try object.optionalValue([PolicyStatement].self, forKey: "statements")
                self.policyUuids = try object.optionalValue([String].self, forKey: "policyUuids")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.identity = try object.optionalValue(String.self, forKey: "identity")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
            }
        }
    }
}
