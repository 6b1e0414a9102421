import ZStackSDK

/// The server side of ``CreateL2VxlanNetwork``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/vxlan`, asynchronous.
nonisolated enum CreateL2VxlanNetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateL2VxlanNetwork.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateL2VxlanNetwork.Request(
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
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                vSwitchType: body.wrapped?.vSwitchType,
                tagUuids: body.wrapped?.tagUuids,
                isolated: body.wrapped?.isolated,
                pvlan: body.wrapped?.pvlan
            )
            return { try await handler.createL2VxlanNetwork(request) }
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
            let vni: Int?
            let poolUuid: String?
            let name: String?
            let description: String?
            let zoneUuid: String?
            let physicalInterface: String?
            let type: String?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let vSwitchType: CreateL2VxlanNetworkVSwitchType?
            let tagUuids: [String]?
            let isolated: Bool?
            let pvlan: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.vni = try object.optionalValue(Int.self, forKey: "vni")
                self.poolUuid = try object.optionalValue(String.self, forKey: "poolUuid")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
                self.physicalInterface = try object.optionalValue(String.self, forKey: "physicalInterface")
                self.type = try object.optionalValue(String.self, forKey: "type")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.vSwitchType = try object.optionalValue(CreateL2VxlanNetworkVSwitchType.self, forKey: "vSwitchType")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.isolated = try object.optionalValue(Bool.self, forKey: "isolated")
                self.pvlan = try object.optionalValue(String.self, forKey: "pvlan")
            }
        }
    }
}
