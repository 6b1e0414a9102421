import ZStackSDK

/// The server side of ``CreateVxlanVtep``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/vxlan/vteps`, asynchronous.
nonisolated enum CreateVxlanVtepServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVxlanVtep.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateVxlanVtep.Request(
                hostUuid: try call.required(body.wrapped?.hostUuid, .bodyField("params.hostUuid")),
                poolUuid: try call.required(body.wrapped?.poolUuid, .bodyField("params.poolUuid")),
                vtepIp: body.wrapped?.vtepIp,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.createVxlanVtep(request) }
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
            var hostUuid: String?
            var poolUuid: String?
            var vtepIp: String?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case hostUuid = "hostUuid"
                case poolUuid = "poolUuid"
                case vtepIp = "vtepIp"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case tagUuids = "tagUuids"
            }
        }
    }
}
