import ZStackSDK

/// The server side of ``UpdateUser``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/users/actions`, asynchronous.
nonisolated enum UpdateUserServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateUser.operation, bodyWrapper: "updateUser") { call in
            let request = try call.decodeBody(wrapper: "updateUser") { body in
                let uuid = try body.wrappedField(String.self, "uuid")
                let password = try body.wrappedField(String.self, "password")
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let oldPassword = try body.wrappedField(String.self, "oldPassword")
                return UpdateUser.Request(
                    uuid: uuid,
                    password: password,
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags,
                    oldPassword: oldPassword
                )
            }
            return { try await handler.updateUser(request) }
        }
    }
}
