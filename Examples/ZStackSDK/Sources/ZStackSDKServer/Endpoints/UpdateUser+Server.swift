import ZStackSDK

/// The server side of ``UpdateUser``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/users/actions`, asynchronous.
nonisolated enum UpdateUserServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateUser.operation, bodyWrapper: "updateUser") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateUser.Request(
                uuid: body.wrapped?.uuid,
                password: body.wrapped?.password,
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                oldPassword: body.wrapped?.oldPassword
            )
            return { try await handler.updateUser(request) }
        }
    }

    /// The JSON body of a request: `{"updateUser": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateUser")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let uuid: String?
            let password: String?
            let name: String?
            let description: String?
            let systemTags: [String]?
            let userTags: [String]?
            let oldPassword: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.uuid = try object.optionalValue(String.self, forKey: "uuid")
                self.password = try object.optionalValue(String.self, forKey: "password")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.oldPassword = try object.optionalValue(String.self, forKey: "oldPassword")
            }
        }
    }
}
