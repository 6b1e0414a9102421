import ZStackSDK

/// The server side of ``CreatePortForwardingRule``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/port-forwarding`, asynchronous.
nonisolated enum CreatePortForwardingRuleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreatePortForwardingRule.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreatePortForwardingRule.Request(
                vipUuid: try call.required(body.wrapped?.vipUuid, .bodyField("params.vipUuid")),
                vipPortStart: try call.required(body.wrapped?.vipPortStart, .bodyField("params.vipPortStart")),
                protocolType: try call.required(body.wrapped?.protocolType, .bodyField("params.protocolType")),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                vipPortEnd: body.wrapped?.vipPortEnd,
                privatePortStart: body.wrapped?.privatePortStart,
                privatePortEnd: body.wrapped?.privatePortEnd,
                vmNicUuid: body.wrapped?.vmNicUuid,
                allowedCidr: body.wrapped?.allowedCidr,
                description: body.wrapped?.description,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.createPortForwardingRule(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let vipUuid: String?
            let vipPortStart: Int?
            let vipPortEnd: Int?
            let privatePortStart: Int?
            let privatePortEnd: Int?
            let protocolType: CreatePortForwardingRuleProtocolType?
            let vmNicUuid: String?
            let allowedCidr: String?
            let name: String?
            let description: String?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let tagUuids: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.vipUuid = try object.optionalValue(String.self, forKey: "vipUuid")
                self.vipPortStart = try object.optionalValue(Int.self, forKey: "vipPortStart")
                self.vipPortEnd = try object.optionalValue(Int.self, forKey: "vipPortEnd")
                self.privatePortStart = try object.optionalValue(Int.self, forKey: "privatePortStart")
                self.privatePortEnd = try object.optionalValue(Int.self, forKey: "privatePortEnd")
                self.protocolType = try object.optionalValue(
                    CreatePortForwardingRuleProtocolType.self,
                    forKey: "protocolType"
                )
                self.vmNicUuid = try object.optionalValue(String.self, forKey: "vmNicUuid")
                self.allowedCidr = try object.optionalValue(String.self, forKey: "allowedCidr")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
            }
        }
    }
}
