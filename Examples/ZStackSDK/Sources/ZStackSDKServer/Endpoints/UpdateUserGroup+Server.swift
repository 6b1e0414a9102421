import ZStackSDK

/// The server side of ``UpdateUserGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/groups/actions`, asynchronous.
nonisolated enum UpdateUserGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateUserGroup.operation, bodyWrapper: "updateUserGroup") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateUserGroup.Request(
                uuid: try call.required(body.wrapped?.uuid, .bodyField("updateUserGroup.uuid")),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateUserGroup(request) }
        }
    }

    /// The JSON body of a request: `{"updateUserGroup": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateUserGroup")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let uuid: String?
            let name: String?
            let description: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.uuid = try object.optionalValue(String.self, forKey: "uuid")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
