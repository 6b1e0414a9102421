import ZStackSDK

/// The server side of ``CreateL2TfNetwork``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/tf`, asynchronous.
nonisolated enum CreateL2TfNetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateL2TfNetwork.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateL2TfNetwork.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                zoneUuid: try call.required(body.wrapped?.zoneUuid, .bodyField("params.zoneUuid")),
                physicalInterface: try call.required(
                    body.wrapped?.physicalInterface,
                    .bodyField("params.physicalInterface")
                ),
                ipPrefix: body.wrapped?.ipPrefix,
                ipPrefixLength: body.wrapped?.ipPrefixLength,
                description: body.wrapped?.description,
                type: body.wrapped?.type,
                vSwitchType: body.wrapped?.vSwitchType,
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                isolated: body.wrapped?.isolated,
                pvlan: body.wrapped?.pvlan
            )
            return { try await handler.createL2TfNetwork(request) }
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
            let ipPrefix: String?
            let ipPrefixLength: Int?
            let name: String?
            let description: String?
            let zoneUuid: String?
            let physicalInterface: String?
            let type: String?
            let vSwitchType: CreateL2TfNetworkVSwitchType?
            let resourceUuid: String?
            let tagUuids: [String]?
            let systemTags: [String]?
            let userTags: [String]?
            let isolated: Bool?
            let pvlan: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.ipPrefix = try object.optionalValue(String.self, forKey: "ipPrefix")
                self.ipPrefixLength = try object.optionalValue(Int.self, forKey: "ipPrefixLength")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
                self.physicalInterface = try object.optionalValue(String.self, forKey: "physicalInterface")
                self.type = try object.optionalValue(String.self, forKey: "type")
                self.vSwitchType = try object.optionalValue(CreateL2TfNetworkVSwitchType.self, forKey: "vSwitchType")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.isolated = try object.optionalValue(Bool.self, forKey: "isolated")
                self.pvlan = try object.optionalValue(String.self, forKey: "pvlan")
            }
        }
    }
}
