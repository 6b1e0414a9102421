import ZStackSDK

/// The server side of ``CreateVip``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vips`, asynchronous.
nonisolated enum CreateVipServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVip.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateVip.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                l3NetworkUuid: try call.required(body.wrapped?.l3NetworkUuid, .bodyField("params.l3NetworkUuid")),
                description: body.wrapped?.description,
                ipRangeUuid: body.wrapped?.ipRangeUuid,
                allocatorStrategy: body.wrapped?.allocatorStrategy,
                ipVersion: body.wrapped?.ipVersion,
                requiredIp: body.wrapped?.requiredIp,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.createVip(request) }
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
            let l3NetworkUuid: String?
            let ipRangeUuid: String?
            let allocatorStrategy: String?
            let ipVersion: Int?
            let requiredIp: String?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let tagUuids: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.l3NetworkUuid = try object.optionalValue(String.self, forKey: "l3NetworkUuid")
                self.ipRangeUuid = try object.optionalValue(String.self, forKey: "ipRangeUuid")
                self.allocatorStrategy = try object.optionalValue(String.self, forKey: "allocatorStrategy")
                self.ipVersion = try object.optionalValue(Int.self, forKey: "ipVersion")
                self.requiredIp = try object.optionalValue(String.self, forKey: "requiredIp")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
            }
        }
    }
}
