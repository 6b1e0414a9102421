import ZStackSDK

/// The server side of ``CreateCluster``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/clusters`, asynchronous.
nonisolated enum CreateClusterServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateCluster.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateCluster.Request(
                zoneUuid: try call.required(body.wrapped?.zoneUuid, .bodyField("params.zoneUuid")),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                hypervisorType: try call.required(body.wrapped?.hypervisorType, .bodyField("params.hypervisorType")),
                description: body.wrapped?.description,
                type: body.wrapped?.type,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                architecture: body.wrapped?.architecture,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.createCluster(request) }
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
            var zoneUuid: String?
            var name: String?
            var description: String?
            var hypervisorType: CreateClusterHypervisorType?
            var type: CreateClusterTypeValue?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var architecture: CreateClusterArchitecture?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case zoneUuid = "zoneUuid"
                case name = "name"
                case description = "description"
                case hypervisorType = "hypervisorType"
                case type = "type"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case architecture = "architecture"
                case tagUuids = "tagUuids"
            }
        }
    }
}
