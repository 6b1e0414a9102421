import ZStackSDK

/// The server side of ``UpdateUserGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/groups/actions`, asynchronous.
nonisolated enum UpdateUserGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateUserGroup.operation, bodyWrapper: "updateUserGroup") { call in
            let request = try call.decodeBody(wrapper: "updateUserGroup") { body in
                let uuid = try body.wrappedField(String.self, "uuid")
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateUserGroup.Request(
                    uuid: try call.required(uuid, .bodyField("updateUserGroup.uuid")),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateUserGroup(request) }
        }
    }
}
