import ZStackSDK

/// The server side of ``CreatePortForwardingRule``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/port-forwarding`, asynchronous.
nonisolated enum CreatePortForwardingRuleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreatePortForwardingRule.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let vipUuid = try body.wrappedField(String.self, "vipUuid")
                let vipPortStart = try body.wrappedField(Int.self, "vipPortStart")
                let protocolType = try body.wrappedField(CreatePortForwardingRuleProtocolType.self, "protocolType")
                let name = try body.wrappedField(String.self, "name")
                let vipPortEnd = try body.wrappedField(Int.self, "vipPortEnd")
                let privatePortStart = try body.wrappedField(Int.self, "privatePortStart")
                let privatePortEnd = try body.wrappedField(Int.self, "privatePortEnd")
                let vmNicUuid = try body.wrappedField(String.self, "vmNicUuid")
                let allowedCidr = try body.wrappedField(String.self, "allowedCidr")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreatePortForwardingRule.Request(
                    vipUuid: try call.required(vipUuid, .bodyField("params.vipUuid")),
                    vipPortStart: try call.required(vipPortStart, .bodyField("params.vipPortStart")),
                    protocolType: try call.required(protocolType, .bodyField("params.protocolType")),
                    name: try call.required(name, .bodyField("params.name")),
                    vipPortEnd: vipPortEnd,
                    privatePortStart: privatePortStart,
                    privatePortEnd: privatePortEnd,
                    vmNicUuid: vmNicUuid,
                    allowedCidr: allowedCidr,
                    description: description,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createPortForwardingRule(request) }
        }
    }
}
