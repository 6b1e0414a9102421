import ZStackSDK

/// The server side of ``CreateL2HardwareVxlanNetwork``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/hardware-vxlan`, asynchronous.
nonisolated enum CreateL2HardwareVxlanNetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateL2HardwareVxlanNetwork.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateL2HardwareVxlanNetwork.Request(
                poolUuid: try call.required(body.wrapped?.poolUuid, .bodyField("params.poolUuid")),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                zoneUuid: try call.required(body.wrapped?.zoneUuid, .bodyField("params.zoneUuid")),
                physicalInterface: try call.required(
                    body.wrapped?.physicalInterface,
                    .bodyField("params.physicalInterface")
                ),
                vni: body.wrapped?.vni,
                description: body.wrapped?.description,
                type: body.wrapped?.type,
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                vSwitchType: body.wrapped?.vSwitchType,
                isolated: body.wrapped?.isolated,
                pvlan: body.wrapped?.pvlan
            )
            return { try await handler.createL2HardwareVxlanNetwork(request) }
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
            var vni: Int?
            var poolUuid: String?
            var name: String?
            var description: String?
            var zoneUuid: String?
            var physicalInterface: String?
            var type: String?
            var resourceUuid: String?
            var tagUuids: [String]?
            var systemTags: [String]?
            var userTags: [String]?
            var vSwitchType: CreateL2HardwareVxlanNetworkVSwitchType?
            var isolated: Bool?
            var pvlan: String?

            private enum CodingKeys: String, CodingKey {
                case vni = "vni"
                case poolUuid = "poolUuid"
                case name = "name"
                case description = "description"
                case zoneUuid = "zoneUuid"
                case physicalInterface = "physicalInterface"
                case type = "type"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case vSwitchType = "vSwitchType"
                case isolated = "isolated"
                case pvlan = "pvlan"
            }
        }
    }
}
