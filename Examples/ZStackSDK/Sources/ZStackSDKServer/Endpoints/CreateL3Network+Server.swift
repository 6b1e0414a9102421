import ZStackSDK

/// The server side of ``CreateL3Network``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks`, asynchronous.
nonisolated enum CreateL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateL3Network.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateL3Network.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                l2NetworkUuid: try call.required(body.wrapped?.l2NetworkUuid, .bodyField("params.l2NetworkUuid")),
                description: body.wrapped?.description,
                type: body.wrapped?.type,
                ipVersion: body.wrapped?.ipVersion,
                system: body.wrapped?.system,
                dnsDomain: body.wrapped?.dnsDomain,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                category: body.wrapped?.category,
                tagUuids: body.wrapped?.tagUuids,
                enableIPAM: body.wrapped?.enableIPAM
            )
            return { try await handler.createL3Network(request) }
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
            let name: String?
            let description: String?
            let type: String?
            let l2NetworkUuid: String?
            let ipVersion: CreateL3NetworkIpVersion?
            let system: Bool?
            let dnsDomain: String?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let category: CreateL3NetworkCategory?
            let tagUuids: [String]?
            let enableIPAM: Bool?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.type = try object.optionalValue(String.self, forKey: "type")
                self.l2NetworkUuid = try object.optionalValue(String.self, forKey: "l2NetworkUuid")
                self.ipVersion = try object.optionalValue(CreateL3NetworkIpVersion.self, forKey: "ipVersion")
                self.system = try object.optionalValue(Bool.self, forKey: "system")
                self.dnsDomain = try object.optionalValue(String.self, forKey: "dnsDomain")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.category = try object.optionalValue(CreateL3NetworkCategory.self, forKey: "category")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.enableIPAM = try object.optionalValue(Bool.self, forKey: "enableIPAM")
            }
        }
    }
}
