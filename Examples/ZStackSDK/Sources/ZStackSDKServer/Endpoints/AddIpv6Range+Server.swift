import ZStackSDK

/// The server side of ``AddIpv6Range``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ipv6-ranges`, asynchronous.
nonisolated enum AddIpv6RangeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddIpv6Range.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddIpv6Range.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                startIp: try call.required(body.wrapped?.startIp, .bodyField("params.startIp")),
                endIp: try call.required(body.wrapped?.endIp, .bodyField("params.endIp")),
                gateway: try call.required(body.wrapped?.gateway, .bodyField("params.gateway")),
                prefixLen: try call.required(body.wrapped?.prefixLen, .bodyField("params.prefixLen")),
                addressMode: try call.required(body.wrapped?.addressMode, .bodyField("params.addressMode")),
                description: body.wrapped?.description,
                ipRangeType: body.wrapped?.ipRangeType,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.addIpv6Range(request) }
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
            var startIp: String?
            var endIp: String?
            var gateway: String?
            var prefixLen: Int?
            var addressMode: AddIpv6RangeAddressMode?
            var ipRangeType: AddIpv6RangeIpRangeType?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case startIp = "startIp"
                case endIp = "endIp"
                case gateway = "gateway"
                case prefixLen = "prefixLen"
                case addressMode = "addressMode"
                case ipRangeType = "ipRangeType"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case tagUuids = "tagUuids"
            }
        }
    }
}
