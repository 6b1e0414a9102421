import ZStackSDK

/// The server side of ``ChangeAccessControlListServerGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/load-balancers/listener/acl/{aclUuid}/servergroup/actions`, asynchronous.
nonisolated enum ChangeAccessControlListServerGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeAccessControlListServerGroup.operation,
            bodyWrapper: "changeAccessControlListServerGroup"
        ) { call in
            let request = try call.decodeBody(wrapper: "changeAccessControlListServerGroup") { body in
                let serverGroupUuids = try body.wrappedField([String].self, "serverGroupUuids")
                let listenerUuid = try body.wrappedField(String.self, "listenerUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeAccessControlListServerGroup.Request(
                    aclUuid: try call.pathParameter("aclUuid", as: String.self),
                    serverGroupUuids: try call.required(
                        serverGroupUuids,
                        .bodyField("changeAccessControlListServerGroup.serverGroupUuids")
                    ),
                    listenerUuid: try call.required(
                        listenerUuid,
                        .bodyField("changeAccessControlListServerGroup.listenerUuid")
                    ),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeAccessControlListServerGroup(request) }
        }
    }
}
