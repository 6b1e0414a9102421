import ZStackSDK

/// The server side of ``ChangeResourceOwner``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/account/{accountUuid}/resources`, asynchronous.
nonisolated enum ChangeResourceOwnerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeResourceOwner.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeResourceOwner.Request(
                    accountUuid: try call.pathParameter("accountUuid", as: String.self),
                    resourceUuid: try call.required(resourceUuid, .bodyField("params.resourceUuid")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeResourceOwner(request) }
        }
    }
}
