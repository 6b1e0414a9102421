import ZStackSDK

/// The server side of ``AddReservedIpRange``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/reserved-ip-ranges`, asynchronous.
nonisolated enum AddReservedIpRangeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddReservedIpRange.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddReservedIpRange.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                startIp: try call.required(body.wrapped?.startIp, .bodyField("params.startIp")),
                endIp: try call.required(body.wrapped?.endIp, .bodyField("params.endIp")),
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.addReservedIpRange(request) }
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
            let startIp: String?
            let endIp: String?
            let resourceUuid: String?
            let tagUuids: [String]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.startIp = try object.optionalValue(String.self, forKey: "startIp")
                self.endIp = try object.optionalValue(String.self, forKey: "endIp")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
