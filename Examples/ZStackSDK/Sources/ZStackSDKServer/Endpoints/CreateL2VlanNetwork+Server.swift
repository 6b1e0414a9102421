import ZStackSDK

/// The server side of ``CreateL2VlanNetwork``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/vlan`, asynchronous.
nonisolated enum CreateL2VlanNetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateL2VlanNetwork.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateL2VlanNetwork.Request(
                vlan: try call.required(body.wrapped?.vlan, .bodyField("params.vlan")),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                zoneUuid: try call.required(body.wrapped?.zoneUuid, .bodyField("params.zoneUuid")),
                physicalInterface: try call.required(
                    body.wrapped?.physicalInterface,
                    .bodyField("params.physicalInterface")
                ),
                description: body.wrapped?.description,
                type: body.wrapped?.type,
                vSwitchType: body.wrapped?.vSwitchType,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids,
                isolated: body.wrapped?.isolated,
                pvlan: body.wrapped?.pvlan
            )
            return { try await handler.createL2VlanNetwork(request) }
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
            var vlan: Int?
            var name: String?
            var description: String?
            var zoneUuid: String?
            var physicalInterface: String?
            var type: String?
            var vSwitchType: CreateL2VlanNetworkVSwitchType?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var tagUuids: [String]?
            var isolated: Bool?
            var pvlan: String?

            private enum CodingKeys: String, CodingKey {
                case vlan = "vlan"
                case name = "name"
                case description = "description"
                case zoneUuid = "zoneUuid"
                case physicalInterface = "physicalInterface"
                case type = "type"
                case vSwitchType = "vSwitchType"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case tagUuids = "tagUuids"
                case isolated = "isolated"
                case pvlan = "pvlan"
            }
        }
    }
}
