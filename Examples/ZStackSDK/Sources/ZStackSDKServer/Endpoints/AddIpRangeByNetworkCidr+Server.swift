import ZStackSDK

/// The server side of ``AddIpRangeByNetworkCidr``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ip-ranges/by-cidr`, asynchronous.
nonisolated enum AddIpRangeByNetworkCidrServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddIpRangeByNetworkCidr.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddIpRangeByNetworkCidr.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                networkCidr: try call.required(body.wrapped?.networkCidr, .bodyField("params.networkCidr")),
                description: body.wrapped?.description,
                gateway: body.wrapped?.gateway,
                ipRangeType: body.wrapped?.ipRangeType,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.addIpRangeByNetworkCidr(request) }
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
            var name: String?
            var description: String?
            var networkCidr: String?
            var gateway: String?
            var ipRangeType: AddIpRangeByNetworkCidrIpRangeType?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case networkCidr = "networkCidr"
                case gateway = "gateway"
                case ipRangeType = "ipRangeType"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case tagUuids = "tagUuids"
            }
        }
    }
}
