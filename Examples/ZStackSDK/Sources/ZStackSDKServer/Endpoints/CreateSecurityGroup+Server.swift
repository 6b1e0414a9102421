import ZStackSDK

/// The server side of ``CreateSecurityGroup``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/security-groups`, asynchronous.
nonisolated enum CreateSecurityGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateSecurityGroup.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let ipVersion = try body.wrappedField(CreateSecurityGroupIpVersion.self, "ipVersion")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateSecurityGroup.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    ipVersion: ipVersion,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createSecurityGroup(request) }
        }
    }
}
