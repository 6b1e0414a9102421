import ZStackSDK

/// The server side of ``AddIpRange``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ip-ranges`, asynchronous.
nonisolated enum AddIpRangeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddIpRange.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddIpRange.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                startIp: try call.required(body.wrapped?.startIp, .bodyField("params.startIp")),
                endIp: try call.required(body.wrapped?.endIp, .bodyField("params.endIp")),
                netmask: try call.required(body.wrapped?.netmask, .bodyField("params.netmask")),
                description: body.wrapped?.description,
                gateway: body.wrapped?.gateway,
                ipRangeType: body.wrapped?.ipRangeType,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.addIpRange(request) }
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
            let startIp: String?
            let endIp: String?
            let netmask: String?
            let gateway: String?
            let ipRangeType: AddIpRangeIpRangeType?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let tagUuids: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.startIp = try object.optionalValue(String.self, forKey: "startIp")
                self.endIp = try object.optionalValue(String.self, forKey: "endIp")
                self.netmask = try object.optionalValue(String.self, forKey: "netmask")
                self.gateway = try object.optionalValue(String.self, forKey: "gateway")
                self.ipRangeType = try object.optionalValue(AddIpRangeIpRangeType.self, forKey: "ipRangeType")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
            }
        }
    }
}
