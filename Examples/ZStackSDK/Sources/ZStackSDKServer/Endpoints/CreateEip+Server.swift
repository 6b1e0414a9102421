import ZStackSDK

/// The server side of ``CreateEip``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/eips`, asynchronous.
nonisolated enum CreateEipServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateEip.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let vipUuid = try body.wrappedField(String.self, "vipUuid")
                let description = try body.wrappedField(String.self, "description")
                let vmNicUuid = try body.wrappedField(String.self, "vmNicUuid")
                let usedIpUuid = try body.wrappedField(String.self, "usedIpUuid")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateEip.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    vipUuid: try call.required(vipUuid, .bodyField("params.vipUuid")),
                    description: description,
                    vmNicUuid: vmNicUuid,
                    usedIpUuid: usedIpUuid,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createEip(request) }
        }
    }
}
