import ZStackSDK

/// The server side of ``CreateLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers`, asynchronous.
nonisolated enum CreateLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateLoadBalancer.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateLoadBalancer.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                description: body.wrapped?.description,
                vipUuid: body.wrapped?.vipUuid,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                type: body.wrapped?.type,
                tagUuids: body.wrapped?.tagUuids,
                vip6Uuid: body.wrapped?.vip6Uuid
            )
            return { try await handler.createLoadBalancer(request) }
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
            let vipUuid: String?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let type: String?
            let tagUuids: [String]?
            let vip6Uuid: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.vipUuid = try object.optionalValue(String.self, forKey: "vipUuid")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.type = try object.optionalValue(String.self, forKey: "type")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.vip6Uuid = try object.optionalValue(String.self, forKey: "vip6Uuid")
            }
        }
    }
}
