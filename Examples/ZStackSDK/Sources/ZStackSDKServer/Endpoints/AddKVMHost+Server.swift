import ZStackSDK

/// The server side of ``AddKVMHost``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/hosts/kvm`, asynchronous.
nonisolated enum AddKVMHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddKVMHost.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddKVMHost.Request(
                username: try call.required(body.wrapped?.username, .bodyField("params.username")),
                password: try call.required(body.wrapped?.password, .bodyField("params.password")),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                managementIp: try call.required(body.wrapped?.managementIp, .bodyField("params.managementIp")),
                clusterUuid: try call.required(body.wrapped?.clusterUuid, .bodyField("params.clusterUuid")),
                sshPort: body.wrapped?.sshPort,
                description: body.wrapped?.description,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.addKVMHost(request) }
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
            var username: String?
            var password: String?
            var sshPort: Int?
            var name: String?
            var description: String?
            var managementIp: String?
            var clusterUuid: String?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case username = "username"
                case password = "password"
                case sshPort = "sshPort"
                case name = "name"
                case description = "description"
                case managementIp = "managementIp"
                case clusterUuid = "clusterUuid"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case tagUuids = "tagUuids"
            }
        }
    }
}
