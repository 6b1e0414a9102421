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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var vipUuid: String?
            var vipPortStart: Int?
            var vipPortEnd: Int?
            var privatePortStart: Int?
            var privatePortEnd: Int?
            var protocolType: CreatePortForwardingRuleProtocolType?
            var vmNicUuid: String?
            var allowedCidr: String?
            var name: String?
            var description: String?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case vipUuid = "vipUuid"
                case vipPortStart = "vipPortStart"
                case vipPortEnd = "vipPortEnd"
                case privatePortStart = "privatePortStart"
                case privatePortEnd = "privatePortEnd"
                case protocolType = "protocolType"
                case vmNicUuid = "vmNicUuid"
                case allowedCidr = "allowedCidr"
                case name = "name"
                case description = "description"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case tagUuids = "tagUuids"
            }
        }
    }
}
