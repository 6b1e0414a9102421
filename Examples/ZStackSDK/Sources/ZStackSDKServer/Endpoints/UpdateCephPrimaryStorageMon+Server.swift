import ZStackSDK

/// The server side of ``UpdateCephPrimaryStorageMon``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/ceph/mons/{monUuid}/actions`, asynchronous.
nonisolated enum UpdateCephPrimaryStorageMonServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateCephPrimaryStorageMon.operation,
            bodyWrapper: "updateCephPrimaryStorageMon"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateCephPrimaryStorageMon.Request(
                monUuid: try call.pathParameter("monUuid", as: String.self),
                hostname: body.wrapped?.hostname,
                sshUsername: body.wrapped?.sshUsername,
                sshPassword: body.wrapped?.sshPassword,
                sshPort: body.wrapped?.sshPort,
                monPort: body.wrapped?.monPort,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateCephPrimaryStorageMon(request) }
        }
    }

    /// The JSON body of a request: `{"updateCephPrimaryStorageMon": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateCephPrimaryStorageMon"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var hostname: String?
            var sshUsername: String?
            var sshPassword: String?
            var sshPort: Int?
            var monPort: Int?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case hostname = "hostname"
                case sshUsername = "sshUsername"
                case sshPassword = "sshPassword"
                case sshPort = "sshPort"
                case monPort = "monPort"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
