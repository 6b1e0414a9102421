import ZStackSDK

/// The server side of ``UpdateClusterOS``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous.
nonisolated enum UpdateClusterOSServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateClusterOS.operation, bodyWrapper: "updateClusterOS") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateClusterOS.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                excludePackages: body.wrapped?.excludePackages,
                updatePackages: body.wrapped?.updatePackages,
                releaseVersion: body.wrapped?.releaseVersion,
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                force: body.wrapped?.force,
                hostUuid: body.wrapped?.hostUuid
            )
            return { try await handler.updateClusterOS(request) }
        }
    }

    /// The JSON body of a request: `{"updateClusterOS": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateClusterOS"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var excludePackages: [String]?
            var updatePackages: [String]?
            var releaseVersion: String?
            var resourceUuid: String?
            var tagUuids: [String]?
            var systemTags: [String]?
            var userTags: [String]?
            var force: UpdateClusterOSForce?
            var hostUuid: String?

            private enum CodingKeys: String, CodingKey {
                case excludePackages = "excludePackages"
                case updatePackages = "updatePackages"
                case releaseVersion = "releaseVersion"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case force = "force"
                case hostUuid = "hostUuid"
            }
        }
    }
}
