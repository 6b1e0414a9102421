import ZStackSDK

/// The server side of ``UpdateAccount``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/{uuid}`, asynchronous.
nonisolated enum UpdateAccountServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateAccount.operation, bodyWrapper: "updateAccount") { call in
            let request = try call.decodeBody(wrapper: "updateAccount") { body in
                let password = try body.wrappedField(String.self, "password")
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let oldPassword = try body.wrappedField(String.self, "oldPassword")
                return UpdateAccount.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    password: password,
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags,
                    oldPassword: oldPassword
                )
            }
            return { try await handler.updateAccount(request) }
        }
    }
}
