import ZStackSDK

/// The server side of ``CreateVmNic``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/nics`, asynchronous.
nonisolated enum CreateVmNicServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVmNic.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateVmNic.Request(
                l3NetworkUuid: try call.required(body.wrapped?.l3NetworkUuid, .bodyField("params.l3NetworkUuid")),
                ip: body.wrapped?.ip,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.createVmNic(request) }
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
            let l3NetworkUuid: String?
            let ip: String?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let tagUuids: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.l3NetworkUuid = try object.optionalValue(String.self, forKey: "l3NetworkUuid")
                self.ip = try object.optionalValue(String.self, forKey: "ip")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
            }
        }
    }
}
