import ZStackSDK

/// The server side of ``ShareResource``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/resources/actions`, asynchronous.
nonisolated enum ShareResourceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ShareResource.operation, bodyWrapper: "shareResource") { call in
            let request = try call.decodeBody(wrapper: "shareResource") { body in
                let resourceUuids = try body.wrappedField([String].self, "resourceUuids")
                let accountUuids = try body.wrappedField([String].self, "accountUuids")
                let toPublic = try body.wrappedField(Bool.self, "toPublic")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ShareResource.Request(
                    resourceUuids: try call.required(resourceUuids, .bodyField("shareResource.resourceUuids")),
                    accountUuids: accountUuids,
                    toPublic: toPublic,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.shareResource(request) }
        }
    }
}
