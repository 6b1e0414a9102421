import ZStackSDK

/// The server side of ``AddUserToGroup``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/accounts/groups/{groupUuid}/users`, asynchronous.
nonisolated enum AddUserToGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddUserToGroup.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let userUuid = try body.wrappedField(String.self, "userUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddUserToGroup.Request(
                    groupUuid: try call.pathParameter("groupUuid", as: String.self),
                    userUuid: try call.required(userUuid, .bodyField("params.userUuid")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addUserToGroup(request) }
        }
    }
}
