import ZStackSDK

/// The server side of ``CreateAccessControlList``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/access-control-lists`, asynchronous.
nonisolated enum CreateAccessControlListServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateAccessControlList.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let ipVersion = try body.wrappedField(CreateAccessControlListIpVersion.self, "ipVersion")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CreateAccessControlList.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    ipVersion: ipVersion,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.createAccessControlList(request) }
        }
    }
}
